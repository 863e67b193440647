import { describe, expect, it } from 'vitest';
import { nextDay, todayInAmsterdam } from './dates';
import { documentText, parseDocument } from './documentText';

describe('reading the policy editor', () => {
  it('reads a JSON object as the document', () => {
    const document = { qualifications: [], notes: [] };
    expect(parseDocument(documentText(document))).toEqual({ ok: true, document });
  });

  it('says on which line and column the JSON breaks, when the engine names the position', () => {
    // A comma after the last item, the most common slip when editing by hand.
    const text = '{\n  "qualifications": [],\n  "notes": [],\n}';
    expect(parseDocument(text)).toEqual({ ok: false, problem: 'syntax', line: 4, column: 1 });
  });

  it('says only that the JSON breaks when the engine names no position', () => {
    expect(parseDocument('{\n  "notes": [\n}')).toEqual({
      ok: false,
      problem: 'syntax',
      line: null,
      column: null,
    });
  });

  it('refuses a list or a number: a policy document is an object', () => {
    expect(parseDocument('[]')).toEqual({ ok: false, problem: 'not-an-object' });
    expect(parseDocument('3')).toEqual({ ok: false, problem: 'not-an-object' });
    expect(parseDocument('null')).toEqual({ ok: false, problem: 'not-an-object' });
  });
});

describe('days', () => {
  it('counts today in Amsterdam: late evening in UTC is already tomorrow there', () => {
    expect(todayInAmsterdam(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(todayInAmsterdam(new Date('2026-12-31T22:59:00Z'))).toBe('2026-12-31');
  });

  it('steps to the next day across months, leap days and the change to summer time', () => {
    expect(nextDay('2028-02-28')).toBe('2028-02-29');
    expect(nextDay('2027-02-28')).toBe('2027-03-01');
    expect(nextDay('2026-03-28')).toBe('2026-03-29');
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
  });
});
