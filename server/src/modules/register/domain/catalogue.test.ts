import { describe, expect, it } from 'vitest';
import { activityKinds, fieldNeededByKind } from '../../../../../contracts/register.js';
import { activityTypes, type Counting, catalogue, kindEntry } from './catalogue.js';

describe('the catalogue of activity kinds (R-REG-TYPE-1)', () => {
  it('has exactly one entry per kind of the contract, in the same order', () => {
    expect(catalogue.map((e) => e.kind)).toEqual([...activityKinds]);
  });

  it("holds exactly the seed's sub-kinds of types 5, 6 and 7", () => {
    const subKinds = (type: number) =>
      catalogue.filter((e) => e.type === type && e.heading).map((e) => e.kind);
    expect(subKinds(5)).toEqual(['5.1a-e', '5.2a-d', '5.3a-c', '5.4a-e', '5.5a-b'].flatMap(expand));
    expect(subKinds(6)).toEqual(['6.1a-e', '6.2a-f', '6.3a-b', '6.4a-e', '6.5a-b'].flatMap(expand));
    expect(subKinds(7)).toEqual(['7.1a-b', '7.2a-b', '7.3a-a', '7.4a-d', '7.5a-c', '7.6a-b'].flatMap(expand));
    expect(catalogue.filter((e) => e.other).map((e) => e.kind)).toEqual(['5.5b', '6.5b']);
  });

  it('labels every kind, type and heading in Dutch and English', () => {
    for (const entry of catalogue) {
      for (const text of [entry.label, entry.heading ?? entry.label, entry.note ?? entry.label]) {
        expect(text.nl.trim(), entry.kind).not.toBe('');
        expect(text.en.trim(), entry.kind).not.toBe('');
        expect(text.en, entry.kind).not.toBe(text.nl);
      }
    }
    expect(Object.keys(activityTypes)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(kindEntry('6.2b').label.nl).toBe('Bijwonen van een examenbespreking');
  });

  it('gives each capped kind the rule of the seed (R-REG-CAP-1…9)', () => {
    const rules = Object.fromEntries(
      catalogue
        .filter((e) => 'rule' in e.counting)
        .map((e) => [e.kind, (e.counting as { rule: string }).rule]),
    );
    expect(rules).toEqual({
      '5.4e': 'R-REG-CAP-2',
      '5.5a': 'R-REG-CAP-1',
      '6.2b': 'R-REG-CAP-3',
      '6.2e': 'R-REG-CAP-4',
      '6.4a': 'R-REG-CAP-5',
      '6.4c': 'R-REG-CAP-6',
      '6.5a': 'R-REG-CAP-2',
      '7.4a': 'R-REG-CAP-7',
      '7.4b': 'R-REG-CAP-7',
      'first-aid': 'R-REG-CAP-8',
      'english-course': 'R-REG-CAP-9',
    });
  });

  it('asks in the contract exactly the fields the counting reads', () => {
    const reads = (c: Counting) =>
      c.by === 'half-days'
        ? 'halfDays'
        : c.by === 'article'
          ? 'words'
          : c.by === 'school-year' && c.per === 'group'
            ? 'group'
            : null;
    const needed = Object.fromEntries(
      catalogue.flatMap((e) => (reads(e.counting) ? [[e.kind, reads(e.counting)]] : [])),
    );
    expect(needed).toEqual(fieldNeededByKind);
  });
});

/** '5.1a-c' → ['5.1a', '5.1b', '5.1c'] */
function expand(range: string): string[] {
  const [, prefix = '', from = 'a', to = 'a'] = /^(.*)([a-z])-([a-z])$/.exec(range) ?? [];
  const out: string[] = [];
  for (let c = from.charCodeAt(0); c <= to.charCodeAt(0); c++) out.push(prefix + String.fromCharCode(c));
  return out;
}
