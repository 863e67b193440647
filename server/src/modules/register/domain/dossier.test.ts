import { describe, expect, it } from 'vitest';
import { RegisterActivityInput, type RegisterActivityInputRaw } from '../../../../../contracts/register.js';
import { activityProblems, withoutUnusedFields } from './dossier.js';

const activity = (fields: Partial<RegisterActivityInputRaw> = {}) =>
  RegisterActivityInput.parse({
    kind: '2',
    title: 'Cursus formatief toetsen',
    date: '2024-03-14',
    hours: 12,
    content: 'didactic',
    ...fields,
  });

const problems = (fields: Partial<RegisterActivityInputRaw>) =>
  activityProblems(activity(fields)).map((p) => [p.field, p.code, p.rule]);

describe('activityProblems', () => {
  it('accepts a plain course', () => {
    expect(activityProblems(activity())).toEqual([]);
  });

  it('asks the field a kind needs: committee for 6.2e, half-days for 6.4a, words for 7.4a/b', () => {
    expect(problems({ kind: '6.2e' })).toEqual([['body.group', 'needed-by-kind', 'R-REG-CAP-4']]);
    expect(problems({ kind: '6.4a' })).toEqual([['body.halfDays', 'needed-by-kind', 'R-REG-CAP-5']]);
    expect(problems({ kind: '7.4a' })).toEqual([['body.words', 'needed-by-kind', 'R-REG-CAP-7']]);
    expect(problems({ kind: '7.4b' })).toEqual([['body.words', 'needed-by-kind', 'R-REG-CAP-7']]);
    expect(problems({ kind: '6.2e', group: 'Examencommissie X' })).toEqual([]);
    expect(problems({ kind: '7.4a', words: 0 })).toEqual([]);
  });

  it('asks a description of the seed\'s "zelf invullen" kinds 5.5b and 6.5b only', () => {
    expect(problems({ kind: '5.5b' })).toEqual([
      ['body.otherDescription', 'other-needs-description', 'R-REG-TYPE-1'],
    ]);
    expect(problems({ kind: '6.5b', otherDescription: 'Hackathon onderwijsinnovatie' })).toEqual([]);
    expect(problems({ kind: '5.5a' })).toEqual([]);
  });

  it('allows below bachelor level only with a relevance statement (R-REG-LEVEL-1)', () => {
    expect(problems({ level: 'below-bachelor' })).toEqual([
      ['body.relevance', 'relevance-below-bachelor', 'R-REG-LEVEL-1'],
    ]);
    expect(problems({ level: 'below-bachelor', relevance: 'Nodig voor mijn mentoraat' })).toEqual([]);
    expect(problems({ level: 'bachelor-or-higher' })).toEqual([]);
  });

  it('needs a passed test for online and mostly self-study activities (R-REG-EVID-3)', () => {
    expect(problems({ delivery: 'online' })).toEqual([['body.testPassed', 'test-needed', 'R-REG-EVID-3']]);
    expect(problems({ delivery: 'mostly-self-study', testPassed: false })).toEqual([
      ['body.testPassed', 'test-needed', 'R-REG-EVID-3'],
    ]);
    expect(problems({ delivery: 'online', testPassed: true })).toEqual([]);
    expect(problems({ delivery: 'contact' })).toEqual([]);
  });

  it('allows a first day on or before the date, not after', () => {
    expect(problems({ startDate: '2024-03-14' })).toEqual([]);
    expect(problems({ startDate: '2024-03-15' })).toEqual([
      ['body.startDate', 'start-after-date', undefined],
    ]);
  });

  it('refuses the same scheme twice, whatever its case', () => {
    expect(
      problems({
        accreditationPoints: [
          { scheme: 'ABAN', points: 4 },
          { scheme: 'GAIA', points: 2 },
          { scheme: ' aban ', points: 1 },
        ],
      }),
    ).toEqual([['body.accreditationPoints.2.scheme', 'duplicate-scheme', undefined]]);
  });

  it('names every problem at once', () => {
    expect(problems({ kind: '6.4a', level: 'below-bachelor', delivery: 'online' }).map((p) => p[0])).toEqual([
      'body.relevance',
      'body.halfDays',
      'body.testPassed',
    ]);
  });
});

describe('withoutUnusedFields', () => {
  it('keeps only the field the kind needs, and the description of an "other" kind', () => {
    const all = { halfDays: 2, words: 1500, group: 'Commissie', otherDescription: 'Iets anders' };
    const stored = (kind: RegisterActivityInputRaw['kind']) => {
      const { halfDays, words, group, otherDescription } = withoutUnusedFields(activity({ kind, ...all }));
      return { halfDays, words, group, otherDescription };
    };
    expect(stored('2')).toEqual({});
    expect(stored('6.4a')).toEqual({ halfDays: 2 });
    expect(stored('7.4b')).toEqual({ words: 1500 });
    expect(stored('6.2e')).toEqual({ group: 'Commissie' });
    expect(stored('5.5b')).toEqual({ otherDescription: 'Iets anders' });
  });

  it('writes schemes one way', () => {
    const stored = withoutUnusedFields(
      activity({ accreditationPoints: [{ scheme: ' aban  nascholing', points: 2 }] }),
    );
    expect(stored.accreditationPoints).toEqual([{ scheme: 'ABAN NASCHOLING', points: 2 }]);
  });
});
