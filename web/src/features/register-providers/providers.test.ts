import { describe, expect, it } from 'vitest';
import { csvProblems } from './csvProblems';
import { publishInputOf, requiredPublishFields } from './publish';

describe('the publish form (R-REG-EVID-1)', () => {
  const complete = {
    number: ' RL-2026-0001 ',
    title: ' Feedback geven ',
    description: '  ',
    kind: '2' as const,
    content: 'didactic' as const,
    startDate: '',
    date: '2026-03-12',
    recognisedRU: 6.5,
  };

  it('names every required field left empty, in the order of the form', () => {
    expect(
      requiredPublishFields({
        ...complete,
        number: ' ',
        title: '',
        kind: null,
        content: null,
        date: '',
        recognisedRU: '',
      }),
    ).toEqual(['number', 'recognisedRU', 'title', 'kind', 'content', 'date']);
    expect(requiredPublishFields(complete)).toEqual([]);
  });

  it('sends trimmed values, leaving out an empty description and a first day equal to the date', () => {
    expect(publishInputOf(complete)).toEqual({
      number: 'RL-2026-0001',
      title: 'Feedback geven',
      kind: '2',
      content: 'didactic',
      date: '2026-03-12',
      recognisedRU: 6.5,
    });
    expect(publishInputOf({ ...complete, startDate: '2026-03-12' })).not.toHaveProperty('startDate');
    expect(publishInputOf({ ...complete, startDate: '2026-03-10', description: 'Twee dagen' })).toMatchObject(
      {
        startDate: '2026-03-10',
        description: 'Twee dagen',
      },
    );
    expect(() => publishInputOf({ ...complete, kind: null })).toThrow();
  });
});

describe('the problems of a refused attendance list', () => {
  it('lists every bad line of ATTENDANCE_CSV_INVALID in line order', () => {
    const error = {
      code: 'ATTENDANCE_CSV_INVALID',
      details: {
        issues: [
          {
            field: 'line 6',
            line: 6,
            problem: 'duplicate',
            message: 'Regel 6: 100200 staat ook op regel 5.',
          },
          { field: 'line 3', line: 3, problem: 'unknown-email', message: 'Regel 3: niemand.' },
          { field: 'line 4', message: 'no line number' },
        ],
      },
    };
    expect(csvProblems(error)).toEqual([
      { line: 3, message: 'Regel 3: niemand.' },
      { line: 6, message: 'Regel 6: 100200 staat ook op regel 5.' },
    ]);
  });

  it('is null for any other error, or none', () => {
    expect(csvProblems({ code: 'PROVIDER_ACTIVITY_WITHDRAWN', details: { issues: [] } })).toBeNull();
    expect(csvProblems(null)).toBeNull();
    expect(csvProblems(new Error('network'))).toBeNull();
  });
});
