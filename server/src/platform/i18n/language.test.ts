import { describe, expect, it } from 'vitest';
import { format, languageOf } from './language.js';

describe('languageOf', () => {
  it.each([
    [undefined, 'nl'],
    ['', 'nl'],
    ['en', 'en'],
    ['en-GB,en;q=0.9', 'en'],
    ['nl-NL', 'nl'],
    ['de-DE,en;q=0.5', 'en'],
    ['fr,de', 'nl'],
    ['en;q=0.4,nl;q=0.8', 'nl'],
    ['nl;q=0,en', 'en'],
  ])('answers %s in %s', (header, expected) => {
    expect(languageOf(header)).toBe(expected);
  });
});

describe('format', () => {
  it('fills named placeholders and leaves unknown ones', () => {
    expect(format('{a} en {b} en {c}', { a: 1, b: 'x' })).toBe('1 en x en {c}');
  });
});
