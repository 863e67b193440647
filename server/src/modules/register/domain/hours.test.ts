import { describe, expect, it } from 'vitest';
import type { ActivityKind, CheckActivity, Sector, TeacherFacts } from '../../../../../contracts/register.js';
import { countRegister, type EngineActivity, type RegisterInput } from './hours.js';

// The hours engine end to end, per rule of domain.md §5 and seed 003. Amounts are written in RU; the
// engine counts in tenths.

let sequence = 0;
function activity(
  kind: ActivityKind,
  date: string,
  hours: number,
  extra: Partial<CheckActivity> = {},
): CheckActivity {
  sequence += 1;
  return { id: `a${sequence}`, kind, date, hours, content: 'subject', ...extra };
}

function count(
  activities: EngineActivity[],
  options: { sector?: Sector; periodEnd?: string; teacher?: Partial<TeacherFacts> } = {},
) {
  const request: RegisterInput = {
    sector: options.sector ?? 'vo',
    periodEnd: options.periodEnd ?? '2026-07-31',
    teacher: { peTeacher: false, bilingualSchool: false, ...options.teacher },
    activities,
  };
  return countRegister(request);
}

/** What each activity counted, in RU, with the rules that limited or decided it. */
function counted(...args: Parameters<typeof count>) {
  return count(...args).activities.map((a) => [a.countedTenths / 10, a.rules]);
}

describe('the period (R-REG-NORM-1)', () => {
  it('counts an activity on the first day of the period, not one on the day before (R-REG-NORM-1)', () => {
    const result = count([activity('2', '2022-08-01', 5), activity('2', '2022-07-31', 5)]);
    expect(result.period).toEqual({ start: '2022-08-01', end: '2026-07-31' });
    expect(result.activities.map((a) => [a.countedTenths / 10, a.rules, a.inPeriod])).toEqual([
      [5, [], true],
      [0, ['R-REG-NORM-1'], false],
    ]);
  });

  it('counts an activity on the last day of the period, not one on the day after (R-REG-NORM-1)', () => {
    expect(counted([activity('3', '2026-07-31', 7), activity('3', '2026-08-01', 7)])).toEqual([
      [7, []],
      [0, ['R-REG-NORM-1']],
    ]);
  });

  it('takes the period from any end date, not only a 31 July (R-REG-NORM-1)', () => {
    const result = count([activity('4', '2022-03-15', 8), activity('4', '2022-03-16', 8)], {
      periodEnd: '2026-03-15',
    });
    expect(result.period).toEqual({ start: '2022-03-16', end: '2026-03-15' });
    expect(result.activities.map((a) => a.countedTenths)).toEqual([0, 80]);
  });

  it('lets an activity outside the period use up no cap of its school year (R-REG-NORM-1, R-REG-CAP-1)', () => {
    // The period starts on 1 April 2022, in the middle of school year 2021-2022.
    const result = counted([activity('5.5a', '2022-03-31', 6), activity('5.5a', '2022-04-01', 6)], {
      periodEnd: '2026-03-31',
    });
    expect(result).toEqual([
      [0, ['R-REG-NORM-1']],
      [6, []],
    ]);
  });
});

describe('an activity rejected in the audit (R-REG-AUDIT-1)', () => {
  const rejected = (a: CheckActivity): EngineActivity => ({ ...a, rejected: true });

  it('counts a rejected activity 0, citing R-REG-AUDIT-1, and keeps what it claimed (R-REG-AUDIT-1)', () => {
    const result = count([activity('2', '2024-01-01', 12), rejected(activity('1', '2024-02-01', 30))]);
    expect(result.activities.map((a) => [a.claimedTenths, a.countedTenths, a.rules, a.inPeriod])).toEqual([
      [120, 120, [], true],
      [300, 0, ['R-REG-AUDIT-1'], true],
    ]);
    expect(result.totalTenths).toBe(120);
    expect(result.subjectTenths).toBe(120);
  });

  it('lets a rejected activity use up no cap: the later council work gets the 6 RU (R-REG-AUDIT-1, R-REG-CAP-1)', () => {
    expect(counted([rejected(activity('5.5a', '2024-01-01', 6)), activity('5.5a', '2024-03-01', 6)])).toEqual(
      [
        [0, ['R-REG-AUDIT-1']],
        [6, []],
      ],
    );
  });

  it('counts exactly as if the rejected activity had never been entered (R-REG-AUDIT-1)', () => {
    const kept = [
      activity('6.2e', '2024-01-01', 4, { group: 'X' }),
      activity('6.2e', '2024-02-01', 4, { group: 'x' }),
    ];
    const without = count(kept);
    const withRejected = count([rejected(activity('6.2e', '2023-12-01', 5, { group: 'X' })), ...kept]);
    expect(withRejected.activities.slice(1)).toEqual(without.activities);
    expect([withRejected.totalTenths, withRejected.shortfalls]).toEqual([
      without.totalTenths,
      without.shortfalls,
    ]);
  });

  it('cites only R-REG-NORM-1 for a rejected activity outside the period: it would not count anyway', () => {
    expect(counted([rejected(activity('2', '2021-01-01', 5))])).toEqual([[0, ['R-REG-NORM-1']]]);
  });
});

describe('register hours (R-REG-RU-1)', () => {
  it('counts 1 RU per invested hour for the formal types and for sub-kinds without a cap (R-REG-RU-1)', () => {
    expect(
      counted([
        activity('1', '2023-01-10', 120),
        activity('2', '2023-01-10', 16),
        activity('5.1a', '2023-01-10', 2.5),
        activity('6.4e', '2023-01-10', 30),
        activity('7.4c', '2023-01-10', 3),
        activity('7.6b', '2023-01-10', 0),
      ]),
    ).toEqual([
      [120, []],
      [16, []],
      [2.5, []],
      [30, []],
      [3, []],
      [0, []],
    ]);
  });

  it('rounds hours to one decimal, half up (R-REG-RU-1)', () => {
    expect(counted([activity('2', '2023-01-10', 1.25), activity('2', '2023-01-10', 1.24)])).toEqual([
      [1.3, []],
      [1.2, []],
    ]);
  });

  it('adds 0.1 and 0.2 hours to exactly 0.3 RU, and 1600 times 0.1 hours to exactly 160 RU', () => {
    const small = count([activity('7.1a', '2023-01-10', 0.1), activity('7.1a', '2023-01-10', 0.2)]);
    expect(small.totalTenths).toBe(3);
    const many = count(Array.from({ length: 1600 }, () => activity('7.1a', '2023-01-10', 0.1)));
    expect(many.totalTenths).toBe(1600);
    expect(many.shortfalls.map((s) => s.rule)).not.toContain('R-REG-NORM-1');
  });
});

describe('council work, (G)MR/OR (R-REG-CAP-1)', () => {
  it('counts council work in full up to exactly 6 RU in a school year (R-REG-CAP-1)', () => {
    expect(counted([activity('5.5a', '2024-01-15', 6)])).toEqual([[6, []]]);
  });

  it('caps council work at 6 RU per school year (R-REG-CAP-1)', () => {
    expect(counted([activity('5.5a', '2024-01-15', 6.1)])).toEqual([[6, ['R-REG-CAP-1']]]);
  });

  it('shares the 6 RU among council work of one school year by date, cutting the later (R-REG-CAP-1)', () => {
    expect(
      counted([
        activity('5.5a', '2024-03-01', 4),
        activity('5.5a', '2023-09-01', 4),
        activity('5.5a', '2024-07-31', 4),
      ]),
    ).toEqual([
      [2, ['R-REG-CAP-1']],
      [4, []],
      [0, ['R-REG-CAP-1']],
    ]);
  });

  it('shares the 6 RU by position in the request between council work on the same day (R-REG-CAP-1)', () => {
    expect(counted([activity('5.5a', '2024-03-01', 4), activity('5.5a', '2024-03-01', 4)])).toEqual([
      [4, []],
      [2, ['R-REG-CAP-1']],
    ]);
  });

  it('gives each school year its own 6 RU: 31 July and 1 August are two years (R-REG-CAP-1)', () => {
    expect(counted([activity('5.5a', '2024-07-31', 6), activity('5.5a', '2024-08-01', 6)])).toEqual([
      [6, []],
      [6, []],
    ]);
  });
});

describe('developing and giving a course (R-REG-CAP-2)', () => {
  it('counts 1 RU per development or contact hour, in full, in and outside the school (R-REG-CAP-2)', () => {
    expect(counted([activity('5.4e', '2023-02-01', 40), activity('6.5a', '2023-02-01', 12.5)])).toEqual([
      [40, []],
      [12.5, []],
    ]);
  });
});

describe('exam meetings (R-REG-CAP-3)', () => {
  it('counts an exam meeting in full up to exactly 3 RU (R-REG-CAP-3)', () => {
    expect(counted([activity('6.2b', '2024-06-01', 3), activity('6.2b', '2024-06-02', 2.5)])).toEqual([
      [3, []],
      [2.5, []],
    ]);
  });

  it('caps each exam meeting at 3 RU (R-REG-CAP-3)', () => {
    expect(counted([activity('6.2b', '2024-06-01', 3.1), activity('6.2b', '2024-06-01', 5)])).toEqual([
      [3, ['R-REG-CAP-3']],
      [3, ['R-REG-CAP-3']],
    ]);
  });

  it('caps per meeting, not per year: many meetings in one school year each count (R-REG-CAP-3)', () => {
    const result = count(Array.from({ length: 10 }, () => activity('6.2b', '2024-06-01', 3)));
    expect(result.totalTenths).toBe(300);
  });
});

describe('committee work outside the school (R-REG-CAP-4)', () => {
  const committee = (date: string, hours: number, group: string) => activity('6.2e', date, hours, { group });

  it('counts up to exactly 6 RU per committee per school year, and caps beyond (R-REG-CAP-4)', () => {
    expect(
      counted([committee('2024-01-01', 6, 'Examencommissie X'), committee('2025-01-01', 6.1, 'Sectie Y')]),
    ).toEqual([
      [6, []],
      [6, ['R-REG-CAP-4']],
    ]);
  });

  it('shares the 6 RU among the meetings of one committee in one school year (R-REG-CAP-4)', () => {
    expect(
      counted([
        committee('2024-02-01', 4, 'Examencommissie X'),
        committee('2024-01-01', 4, ' examencommissie   x'),
      ]),
    ).toEqual([
      [2, ['R-REG-CAP-4']],
      [4, []],
    ]);
  });

  it('gives two committees 6 RU each in the same school year (R-REG-CAP-4)', () => {
    expect(
      counted([committee('2024-01-01', 6, 'Commissie X'), committee('2024-01-01', 6, 'Commissie Y')]),
    ).toEqual([
      [6, []],
      [6, []],
    ]);
  });

  it('gives one committee 6 RU in each school year (R-REG-CAP-4)', () => {
    expect(
      counted([committee('2024-07-31', 6, 'Commissie X'), committee('2024-08-01', 6, 'Commissie X')]),
    ).toEqual([
      [6, []],
      [6, []],
    ]);
  });
});

describe('meetings of an education trade organisation (R-REG-CAP-5)', () => {
  it('counts 1 RU per half-day: 3 half-days of 5 hours are 3 RU (R-REG-CAP-5)', () => {
    expect(counted([activity('6.4a', '2024-01-01', 5, { halfDays: 3 })])).toEqual([[3, ['R-REG-CAP-5']]]);
  });

  it('counts the hours in full when they are no more than the half-days (R-REG-CAP-5)', () => {
    expect(
      counted([
        activity('6.4a', '2024-01-01', 3, { halfDays: 3 }),
        activity('6.4a', '2024-01-01', 1.5, { halfDays: 2 }),
      ]),
    ).toEqual([
      [3, []],
      [1.5, []],
    ]);
  });
});

describe('an education-related board position (R-REG-CAP-6)', () => {
  it('counts a board position up to exactly 6 RU per school year and caps beyond (R-REG-CAP-6)', () => {
    expect(counted([activity('6.4c', '2024-01-01', 6), activity('6.4c', '2025-01-01', 7)])).toEqual([
      [6, []],
      [6, ['R-REG-CAP-6']],
    ]);
  });

  it('shares the 6 RU among all board positions of one school year (R-REG-CAP-6)', () => {
    expect(counted([activity('6.4c', '2023-08-01', 4), activity('6.4c', '2024-07-31', 4)])).toEqual([
      [4, []],
      [2, ['R-REG-CAP-6']],
    ]);
  });

  it('gives each school year its own 6 RU (R-REG-CAP-6)', () => {
    expect(counted([activity('6.4c', '2024-07-31', 6), activity('6.4c', '2024-08-01', 6)])).toEqual([
      [6, []],
      [6, []],
    ]);
  });
});

describe('a placed article (R-REG-CAP-7)', () => {
  it('counts nothing for an article of 999 words (R-REG-CAP-7)', () => {
    expect(counted([activity('7.4a', '2024-01-01', 12, { words: 999 })])).toEqual([[0, ['R-REG-CAP-7']]]);
  });

  it('counts an article of exactly 1000 words, in full up to exactly 12 RU (R-REG-CAP-7)', () => {
    expect(
      counted([
        activity('7.4a', '2024-01-01', 12, { words: 1000 }),
        activity('7.4b', '2024-01-01', 8, { words: 1000 }),
      ]),
    ).toEqual([
      [12, []],
      [8, []],
    ]);
  });

  it('caps each article at 12 RU, in a journal or a trade magazine (R-REG-CAP-7)', () => {
    expect(
      counted([
        activity('7.4a', '2024-01-01', 12.1, { words: 1500 }),
        activity('7.4b', '2024-01-01', 40, { words: 4000 }),
        activity('7.4b', '2024-01-01', 40, { words: 4000 }),
      ]),
    ).toEqual([
      [12, ['R-REG-CAP-7']],
      [12, ['R-REG-CAP-7']],
      [12, ['R-REG-CAP-7']],
    ]);
  });

  it('does not cap a column or a book: the 1000 words and 12 RU are for articles (R-REG-CAP-7)', () => {
    expect(counted([activity('7.4c', '2024-01-01', 20), activity('7.4d', '2024-01-01', 200)])).toEqual([
      [20, []],
      [200, []],
    ]);
  });
});

describe('first aid (R-REG-CAP-8)', () => {
  const pe = { teacher: { peTeacher: true } };

  it('counts first aid for nobody but a PE teacher (R-REG-CAP-8)', () => {
    expect(counted([activity('first-aid', '2024-01-01', 8)])).toEqual([[0, ['R-REG-CAP-8']]]);
    expect(counted([activity('first-aid', '2024-01-01', 8)], pe)).toEqual([[8, []]]);
  });

  it("counts a PE teacher's first aid up to exactly 12 RU per school year and caps beyond (R-REG-CAP-8)", () => {
    expect(
      counted([activity('first-aid', '2024-01-01', 12), activity('first-aid', '2025-01-01', 12.1)], pe),
    ).toEqual([
      [12, []],
      [12, ['R-REG-CAP-8']],
    ]);
  });

  it('shares the 12 RU among first-aid courses of one school year (R-REG-CAP-8)', () => {
    expect(
      counted([activity('first-aid', '2023-10-01', 8), activity('first-aid', '2024-07-31', 8)], pe),
    ).toEqual([
      [8, []],
      [4, ['R-REG-CAP-8']],
    ]);
  });

  it('gives each school year its own 12 RU (R-REG-CAP-8)', () => {
    expect(
      counted([activity('first-aid', '2024-07-31', 12), activity('first-aid', '2024-08-01', 12)], pe),
    ).toEqual([
      [12, []],
      [12, []],
    ]);
  });
});

describe('an English course at a bilingual school (R-REG-CAP-9)', () => {
  const bilingual = { teacher: { bilingualSchool: true } };

  it('counts half the hours, as subject content whatever content was given (R-REG-CAP-9)', () => {
    const result = count([activity('english-course', '2024-01-01', 10, { content: 'general' })], bilingual);
    expect(result.activities[0]).toMatchObject({
      countedTenths: 50,
      content: 'subject',
      rules: ['R-REG-CAP-9'],
    });
    expect([result.totalTenths, result.primaryTenths, result.subjectTenths]).toEqual([50, 50, 50]);
  });

  it('rounds the half to one decimal, half up (R-REG-CAP-9)', () => {
    expect(
      counted(
        [activity('english-course', '2024-01-01', 4.5), activity('english-course', '2024-01-01', 0.1)],
        bilingual,
      ),
    ).toEqual([
      [2.3, ['R-REG-CAP-9']],
      [0.1, ['R-REG-CAP-9']],
    ]);
  });

  it('counts nothing for a teacher who is not at a bilingual school (R-REG-CAP-9)', () => {
    expect(counted([activity('english-course', '2024-01-01', 10)])).toEqual([[0, ['R-REG-CAP-9']]]);
  });
});

describe('the norm over the counted hours (R-REG-NORM-1…3)', () => {
  /** 160 RU: 40 subject, 30 didactic, 30 pedagogical, 60 general. */
  const complete = () => [
    activity('1', '2023-01-01', 40, { content: 'subject' }),
    activity('2', '2023-06-01', 30, { content: 'didactic' }),
    activity('3', '2024-01-01', 30, { content: 'pedagogical' }),
    activity('4', '2025-01-01', 60, { content: 'general' }),
  ];

  it('meets the norm in vo with exactly 160 RU, 100 primary, 40 of them subject (R-REG-NORM-1…3)', () => {
    const result = count(complete());
    expect([result.totalTenths, result.primaryTenths, result.subjectTenths]).toEqual([1600, 1000, 400]);
    expect(result.meetsNorm).toBe(true);
    expect(result.shortfalls).toEqual([]);
  });

  it('misses the total by 0.1 RU at 159.9 RU (R-REG-NORM-1)', () => {
    const activities = complete();
    activities[3] = activity('4', '2025-01-01', 59.9, { content: 'general' });
    const result = count(activities);
    expect(result.meetsNorm).toBe(false);
    expect(result.shortfalls).toEqual([{ rule: 'R-REG-NORM-1', missingTenths: 1 }]);
  });

  it('reaches 160 RU with 159.9 + 0.1 hours (R-REG-NORM-1)', () => {
    const result = count([activity('1', '2023-01-01', 159.9), activity('7.1a', '2023-01-01', 0.1)]);
    expect(result.totalTenths).toBe(1600);
    expect(result.meetsNorm).toBe(true);
  });

  it('does not count general development towards the primary process (R-REG-NORM-2)', () => {
    const result = count([activity('1', '2023-01-01', 160, { content: 'general' })], { sector: 'po' });
    expect(result.shortfalls).toEqual([{ rule: 'R-REG-NORM-2', missingTenths: 1000 }]);
  });

  it('asks 40 RU of subject content in vo but not in po, mbo or so (R-REG-NORM-3)', () => {
    const activities = [
      activity('1', '2023-01-01', 30, { content: 'subject' }),
      activity('2', '2023-01-01', 70, { content: 'didactic' }),
      activity('4', '2023-01-01', 60, { content: 'general' }),
    ];
    expect(count(activities, { sector: 'vo' }).shortfalls).toEqual([
      { rule: 'R-REG-NORM-3', missingTenths: 100 },
    ]);
    for (const sector of ['po', 'mbo', 'so'] as const) {
      expect(count(activities, { sector }).meetsNorm, sector).toBe(true);
    }
  });

  it('checks the norm on the hours after the caps, and outside the period nothing counts (R-REG-NORM-1, R-REG-CAP-3)', () => {
    const result = count([activity('6.2b', '2024-01-01', 160), activity('1', '2021-01-01', 160)], {
      sector: 'po',
    });
    expect(result.totalTenths).toBe(30);
    expect(result.shortfalls).toEqual([
      { rule: 'R-REG-NORM-1', missingTenths: 1570 },
      { rule: 'R-REG-NORM-2', missingTenths: 970 },
    ]);
  });

  it('returns the activities in the order of the input', () => {
    const activities = [
      activity('5.5a', '2025-01-01', 1),
      activity('5.5a', '2023-01-01', 1),
      activity('2', '2024-01-01', 1),
    ];
    expect(count(activities).activities.map((a) => a.id)).toEqual(activities.map((a) => a.id));
  });
});
