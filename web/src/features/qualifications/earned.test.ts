import { describe, expect, it } from 'vitest';
import { earnedProblems, noEarnedValues, recordRequest } from './earned';

const today = '2026-11-23';
const valid = {
  code: 'BKO',
  earnedOn: '2021-06-30',
  issuer: ' Universiteit Utrecht ',
  institutionId: '',
} as const;

describe('recording an earned qualification', () => {
  it('needs the qualification, the day and the issuer', () => {
    expect(earnedProblems(noEarnedValues, today)).toEqual({
      code: 'validation.required',
      earnedOn: 'validation.required',
      issuer: 'validation.required',
    });
    expect(earnedProblems({ ...valid, issuer: '   ' }, today)).toEqual({ issuer: 'validation.required' });
  });

  it('takes a day up to today, not after', () => {
    expect(earnedProblems({ ...valid, earnedOn: today }, today)).toEqual({});
    expect(earnedProblems({ ...valid, earnedOn: '2026-11-24' }, today)).toEqual({
      earnedOn: 'qualifications.earned.invalid.future',
    });
  });

  it('takes an issuer of 2 to 200 characters, spaces around it not counted', () => {
    expect(earnedProblems({ ...valid, issuer: ' U ' }, today)).toEqual({
      issuer: 'qualifications.earned.invalid.issuer',
    });
    expect(earnedProblems({ ...valid, issuer: 'UU' }, today)).toEqual({});
    expect(earnedProblems({ ...valid, issuer: 'x'.repeat(200) }, today)).toEqual({});
    expect(earnedProblems({ ...valid, issuer: 'x'.repeat(201) }, today)).toEqual({
      issuer: 'qualifications.earned.invalid.issuer',
    });
  });

  it('sends the issuer trimmed, and no institution when none was chosen', () => {
    expect(recordRequest(valid)).toEqual({
      code: 'BKO',
      earnedOn: '2021-06-30',
      issuer: 'Universiteit Utrecht',
      institutionId: null,
    });
    expect(recordRequest({ ...valid, institutionId: 'inst' }).institutionId).toBe('inst');
  });
});
