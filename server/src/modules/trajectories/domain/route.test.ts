import { describe, expect, it } from 'vitest';
import type { QualificationCode } from '../../../../../contracts/qualifications.js';
import type {
  RouteIssue,
  SchoolingItem,
  TrajectoryPlanInput,
} from '../../../../../contracts/trajectories.js';
import { umcuRouteRules, validateRoute } from './route.js';
import { catalogue2026, plan } from './test-data.js';

const INTAKE = '2026-03-02';
const codes = (input: Partial<TrajectoryPlanInput>) =>
  validateRoute(plan(input), catalogue2026, umcuRouteRules, INTAKE).map((i) => i.code);

const course = (itemId: string): SchoolingItem => ({ source: 'catalogue', itemId, completedOn: null });
const module = (itemId: string, completedOn: string | null = null): SchoolingItem => ({
  source: 'catalogue',
  itemId,
  completedOn,
});
const elsewhere = (completedOn: string | null = null): SchoolingItem => ({
  source: 'elsewhere',
  title: 'Activerend onderwijs',
  provider: 'Universiteit Utrecht',
  priceCents: 30_000,
  completedOn,
});

describe('routes of UMC Utrecht (R-UMCU-ROUTE-3)', () => {
  const cases: [string, QualificationCode, Partial<TrajectoryPlanInput>, RouteIssue['code'][]][] = [
    // BKO and SKO: the course or a self-composed set, not both
    ['BKO by its course', 'BKO', { route: 'course', schooling: [course('bko-course')] }, []],
    ['BKO by modules', 'BKO', { route: 'modules', schooling: [module('design'), module('testing')] }, []],
    [
      'BKO by modules and schooling elsewhere',
      'BKO',
      { route: 'modules', schooling: [module('design'), elsewhere()] },
      [],
    ],
    ['BKO by schooling elsewhere only', 'BKO', { route: 'modules', schooling: [elsewhere()] }, []],
    [
      'BKO course plus a module',
      'BKO',
      { route: 'course', schooling: [course('bko-course'), module('design')] },
      ['modules-not-allowed'],
    ],
    [
      'BKO course route without a course',
      'BKO',
      { route: 'course', schooling: [module('design')] },
      ['course-missing', 'modules-not-allowed'],
    ],
    ['BKO modules route with no modules', 'BKO', { route: 'modules', schooling: [] }, ['modules-missing']],
    [
      'BKO modules route holding a course',
      'BKO',
      { route: 'modules', schooling: [course('bko-course'), module('design')] },
      ['course-in-modules-route'],
    ],
    [
      'BKO by the SKO course',
      'BKO',
      { route: 'course', schooling: [course('sko-course')] },
      ['course-of-other-qualification', 'course-missing'],
    ],
    ['SKO by its course', 'SKO', { route: 'course', schooling: [course('sko-course')] }, []],
    ['SKO by modules', 'SKO', { route: 'modules', schooling: [module('design')] }, []],
    [
      'SKO course plus a module',
      'SKO',
      { route: 'course', schooling: [course('sko-course'), module('design')] },
      ['modules-not-allowed'],
    ],
    // UvO: its course, completed with modules where needed
    ['UvO by its course', 'UvO', { route: 'course', schooling: [course('uvo-course')] }, []],
    [
      'UvO course plus modules',
      'UvO',
      { route: 'course', schooling: [course('uvo-course'), module('design'), elsewhere()] },
      [],
    ],
    // "Indien je al relevante trainingen hebt gevolgd, dan kun je deze zo nodig aanvullen"
    [
      'UvO by modules around a training followed before',
      'UvO',
      { route: 'modules', schooling: [module('design', '2025-06-01'), module('testing')] },
      [],
    ],
    [
      'UvO by a training elsewhere followed before',
      'UvO',
      { route: 'modules', schooling: [elsewhere('2026-03-01')] },
      [],
    ],
    [
      'UvO by modules completed on the intake day itself',
      'UvO',
      { route: 'modules', schooling: [module('design', INTAKE)] },
      ['prior-training-missing'],
    ],
    [
      'UvO by new modules only',
      'UvO',
      { route: 'modules', schooling: [module('design'), module('testing')] },
      ['prior-training-missing'],
    ],
    // KKO: its course only, enforced
    ['KKO by its course', 'KKO', { route: 'course', schooling: [course('kko-course')] }, []],
    [
      'KKO course plus a module',
      'KKO',
      { route: 'course', schooling: [course('kko-course'), module('feedback')] },
      ['modules-not-allowed'],
    ],
    ['KKO by modules', 'KKO', { route: 'modules', schooling: [module('feedback')] }, ['route-not-allowed']],
    // the catalogue
    [
      'an item not in the catalogue',
      'BKO',
      { route: 'modules', schooling: [module('design'), module('nonexistent')] },
      ['unknown-item'],
    ],
    [
      'a module twice',
      'BKO',
      { route: 'modules', schooling: [module('design'), module('design')] },
      ['item-twice'],
    ],
    [
      'a course twice',
      'UvO',
      { route: 'course', schooling: [course('uvo-course'), course('uvo-course')] },
      ['item-twice'],
    ],
  ];

  it.each(cases)('%s', (_name, qualification, input, expected) => {
    expect(codes({ qualification, ...input })).toEqual(expected);
  });

  it('names the item of an issue by its index and cites the rules', () => {
    const issues = validateRoute(
      plan({ route: 'modules', schooling: [module('design'), module('nonexistent')] }),
      catalogue2026,
      umcuRouteRules,
      INTAKE,
    );
    expect(issues).toEqual([{ code: 'unknown-item', item: 1, rules: ['R-UMCU-ROUTE-3'] }]);
  });

  it('cites R-UMCU-KKO-1 for the KKO', () => {
    const issues = validateRoute(
      plan({ qualification: 'KKO', route: 'modules', schooling: [module('feedback')] }),
      catalogue2026,
      umcuRouteRules,
      INTAKE,
    );
    expect(issues[0]?.rules).toEqual(['R-UMCU-ROUTE-3', 'R-UMCU-KKO-1']);
  });

  it('needs a price for the assessment trajectory of the qualification (R-UMCU-COST-1)', () => {
    const noSko = { ...catalogue2026, assessmentPriceCents: { BKO: 1 } };
    const issues = validateRoute(
      plan({ qualification: 'SKO', schooling: [course('sko-course')] }),
      noSko,
      umcuRouteRules,
      INTAKE,
    );
    expect(issues).toEqual([{ code: 'assessment-price-missing', rules: ['R-UMCU-COST-1'] }]);
  });

  it('lets a KKO set of modules in with one change of the rules ("op termijn")', () => {
    const later = { ...umcuRouteRules, KKO: { ...umcuRouteRules.KKO, modules: 'free' as const } };
    const issues = validateRoute(
      plan({ qualification: 'KKO', route: 'modules', schooling: [module('feedback')] }),
      catalogue2026,
      later,
      INTAKE,
    );
    expect(issues).toEqual([]);
  });
});
