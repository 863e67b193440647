import { describe, expect, it } from 'vitest';
import { institutionKinds, roles, unitKinds } from '../../../contracts/identity.js';
import en from './en.json';
import nl from './nl.json';

type Catalogue = { [key: string]: string | Catalogue };

function flatten(catalogue: Catalogue, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(path, value);
    else for (const [child, text] of flatten(value, path)) entries.set(child, text);
  }
  return entries;
}

const variables = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();

const dutch = flatten(nl);
const english = flatten(en);

describe('translation catalogues', () => {
  it('have exactly the same keys in Dutch and English', () => {
    expect([...english.keys()].sort()).toEqual([...dutch.keys()].sort());
  });

  it('have no empty texts', () => {
    for (const [key, text] of [...dutch, ...english]) expect(text.trim(), key).not.toBe('');
  });

  it('use the same interpolation variables in both languages', () => {
    for (const [key, text] of dutch) expect(variables(english.get(key) ?? ''), key).toEqual(variables(text));
  });

  it('name every role, institution kind and unit kind of the contracts', () => {
    const required = [
      ...roles.map((role) => `role.${role}`),
      ...institutionKinds.map((kind) => `institutionKind.${kind}`),
      ...unitKinds.map((kind) => `unitKind.${kind}`),
    ];
    for (const key of required) {
      expect(dutch.has(key), key).toBe(true);
      expect(english.has(key), key).toBe(true);
    }
  });
});
