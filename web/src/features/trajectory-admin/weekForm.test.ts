import { describe, expect, it } from 'vitest';
import { emptyWeek, weekFormOf, weekInputOf } from './weekForm';

const good = {
  name: 'Beoordelingsweek maart 2027',
  startsOn: '2027-03-08',
  endsOn: '2027-03-12',
  draftDeadline: '2027-01-11',
  finalDeadline: '2027-02-15',
  qualifications: ['BKO' as const],
};

describe('the assessment week form (R-UMCU-ASM-3)', () => {
  it('sends a week whose dates are in order', () => {
    expect(weekInputOf(good)).toEqual({ input: good });
    const record = { ...good, id: crypto.randomUUID(), institutionId: crypto.randomUUID() };
    expect(weekFormOf(record)).toEqual(good);
  });

  it("shows each of the contract's refinements beside the field it names", () => {
    expect(weekInputOf({ ...good, finalDeadline: '2027-03-09' }).errors).toEqual({
      startsOn: 'startsBeforeFinal',
    });
    expect(weekInputOf({ ...good, finalDeadline: '2027-01-10' }).errors).toEqual({
      finalDeadline: 'finalBeforeDraft',
    });
    expect(weekInputOf({ ...good, endsOn: '2027-03-07' }).errors).toEqual({ endsOn: 'endsBeforeStart' });
  });

  it('names the empty fields of a new week', () => {
    expect(weekInputOf({ ...emptyWeek(), qualifications: [] }).errors).toEqual({
      name: 'name',
      startsOn: 'day',
      endsOn: 'day',
      draftDeadline: 'day',
      finalDeadline: 'day',
      qualifications: 'qualifications',
    });
  });
});
