import type { QualificationCode } from '../../../../contracts/qualifications.js';
import type {
  RouteIssue,
  TrajectoryEventType,
  TrajectoryPlan,
  TrajectoryState,
} from '../../../../contracts/trajectories.js';
import {
  type AppError,
  defineErrors,
  type ErrorDefinition,
  errorFactory,
} from '../../platform/http/errors.js';
import type { Messages } from '../../platform/i18n/language.js';
import type { TransitionRefusal, TransitionRefusalCode } from './domain/state-machine.js';

/** The states and events as the messages name them. */
export const stateNames: Record<TrajectoryState, Messages> = {
  'intake-requested': { nl: 'intake aangevraagd', en: 'intake requested' },
  'intake-planned': { nl: 'intake gepland', en: 'intake planned' },
  'cost-approval-pending': { nl: 'wacht op goedkeuring van de kosten', en: 'awaiting approval of the costs' },
  'cost-declined': { nl: 'kosten afgewezen', en: 'costs declined' },
  schooling: { nl: 'scholing', en: 'schooling' },
  'portfolio-in-progress': { nl: 'portfolio in wording', en: 'portfolio in progress' },
  'draft-handed-in': { nl: 'concept ingeleverd', en: 'draft handed in' },
  'feedback-given': { nl: 'feedback gegeven', en: 'feedback given' },
  revising: { nl: 'portfolio in herziening', en: 'revising the portfolio' },
  'final-handed-in': { nl: 'definitieve versie ingeleverd', en: 'final version handed in' },
  'awaiting-assessment': { nl: 'wacht op beoordeling', en: 'awaiting assessment' },
  withdrawn: { nl: 'ingetrokken', en: 'withdrawn' },
  cancelled: { nl: 'geannuleerd', en: 'cancelled' },
};

export const eventNames: Record<TrajectoryEventType, Messages> = {
  'plan-intake': { nl: 'Een intake inplannen', en: 'Planning an intake' },
  'record-intake': { nl: 'De intake vastleggen', en: 'Recording the intake' },
  'approve-costs': { nl: 'De kosten goedkeuren', en: 'Approving the costs' },
  'decline-costs': { nl: 'De kosten afwijzen', en: 'Declining the costs' },
  'complete-schooling': { nl: 'De scholing afronden', en: 'Completing the schooling' },
  'hand-in-draft': { nl: 'Een concept inleveren', en: 'Handing in a draft' },
  'retract-draft': { nl: 'Het concept terugnemen', en: 'Taking back the draft' },
  'give-feedback': { nl: 'Feedback geven', en: 'Giving feedback' },
  'start-revising': { nl: 'Het portfolio herzien', en: 'Revising the portfolio' },
  'choose-assessment-week': { nl: 'Een beoordelingsweek kiezen', en: 'Choosing an assessment week' },
  'hand-in-final': { nl: 'De definitieve versie inleveren', en: 'Handing in the final version' },
  'return-final': { nl: 'De definitieve versie teruggeven', en: 'Returning the final version' },
  'accept-final': { nl: 'De definitieve versie goedkeuren', en: 'Accepting the final version' },
  withdraw: { nl: 'Het traject intrekken', en: 'Withdrawing the trajectory' },
  cancel: { nl: 'Het traject annuleren', en: 'Cancelling the trajectory' },
};

/** The refusals of the state machine; `satisfies` makes a new refusal code without a message a type error. */
const refusals = {
  /** the event has no place in the trajectory's current state */
  TRAJECTORY_EVENT_NOT_ALLOWED: {
    kind: 'conflict',
    message: {
      nl: '{eventNl} kan nu niet: het traject staat op ‘{stateNl}’.',
      en: '{eventEn} is not possible now: the trajectory is at ‘{stateEn}’.',
    },
  },
  /** withdrawn or cancelled trajectories do not change any more */
  TRAJECTORY_CLOSED: {
    kind: 'conflict',
    message: {
      nl: 'Dit traject is {stateNl} en verandert niet meer. Vraag zo nodig een nieuwe intake aan.',
      en: 'This trajectory is {stateEn} and no longer changes. Request a new intake if needed.',
    },
  },
  /** declining costs, returning a final version and cancelling need a reason */
  TRAJECTORY_REASON_REQUIRED: {
    kind: 'invalid',
    message: {
      nl: 'Ongeldige invoer bij body.reason: geef een reden op.',
      en: 'Invalid input for body.reason: give a reason.',
    },
  },
  /** the institution has no prices for the intake's year (R-UMCU-COST-1) */
  TRAJECTORY_NO_CATALOGUE: {
    kind: 'conflict',
    message: {
      nl: 'Er zijn nog geen prijzen voor {year}. Vraag de coördinator de catalogus van {year} in te vullen.',
      en: 'There are no prices for {year} yet. Ask the coordinator to fill in the catalogue of {year}.',
    },
  },
  /** the planned route breaks R-UMCU-ROUTE-3 or names what the catalogue does not have; details.issues */
  TRAJECTORY_ROUTE_INVALID: {
    kind: 'invalid',
    message: { nl: 'De route klopt niet: {problemsNl}', en: 'The route is not valid: {problemsEn}' },
  },
  /** the schooling of the plan is not all done yet */
  TRAJECTORY_SCHOOLING_INCOMPLETE: {
    kind: 'conflict',
    message: {
      nl: 'De scholing is nog niet af: {open} onderdeel/onderdelen zonder afronding.',
      en: 'The schooling is not complete yet: {open} item(s) not completed.',
    },
  },
  TRAJECTORY_WEEK_NOT_FOR_QUALIFICATION: {
    kind: 'invalid',
    message: {
      nl: 'De beoordelingsweek van {week} is niet voor de {qualification}. Kies een andere week.',
      en: 'The assessment week of {week} is not for the {qualification}. Choose another week.',
    },
  },
  /** R-UMCU-ASM-3: additions must be in before the week's deadlines */
  TRAJECTORY_DRAFT_DEADLINE_PASSED: {
    kind: 'conflict',
    message: {
      nl: 'De deadline voor het concept van de beoordelingsweek van {week} was {deadline}. Kies een latere beoordelingsweek.',
      en: 'The draft deadline of the assessment week of {week} was {deadline}. Choose a later assessment week.',
    },
  },
  TRAJECTORY_FINAL_DEADLINE_PASSED: {
    kind: 'conflict',
    message: {
      nl: 'De deadline voor de definitieve versie van de beoordelingsweek van {week} was {deadline}. Kies een latere beoordelingsweek.',
      en: 'The final deadline of the assessment week of {week} was {deadline}. Choose a later assessment week.',
    },
  },
  /** R-UMCU-ASM-1: on to the assessment only when the adviser found the draft complete and convincing */
  TRAJECTORY_FEEDBACK_NOT_CONVINCING: {
    kind: 'conflict',
    message: {
      nl: 'De definitieve versie kan pas als je adviseur je concept compleet en overtuigend vond. Lever eerst een herzien concept in.',
      en: 'The final version can be handed in once your adviser found your draft complete and convincing. Hand in a revised draft first.',
    },
  },
  TRAJECTORY_NO_ASSESSMENT_WEEK: {
    kind: 'conflict',
    message: {
      nl: 'Meld je eerst aan voor een beoordelingsweek.',
      en: 'Sign up for an assessment week first.',
    },
  },
  /** R-UMCU-ASM-4: the final version meets the quantitative requirements */
  TRAJECTORY_REQUIREMENTS_NOT_MET: {
    kind: 'conflict',
    message: {
      nl: 'Je portfolio voldoet nog niet aan {count} eis(en) van de checklist. Vul die eerst aan.',
      en: 'Your portfolio does not meet {count} requirement(s) of the checklist yet. Complete those first.',
    },
  },
} satisfies Record<TransitionRefusalCode, ErrorDefinition>;

/** The codes of the machine's refusals (exactly those of `TransitionRefusalCode`, by the `satisfies` above). */
export const refusalCodes = Object.keys(refusals) as TransitionRefusalCode[];

export const trajectoriesErrors = defineErrors({
  ...refusals,
  /** the working copy is locked while a version is with the adviser, and after the final hand-in */
  PORTFOLIO_LOCKED: {
    kind: 'conflict',
    message: {
      nl: 'Je portfolio is nu niet te bewerken: het traject staat op ‘{stateNl}’.',
      en: 'Your portfolio cannot be edited now: the trajectory is at ‘{stateEn}’.',
    },
  },
  /** no trajectory has this id, or the caller may not see it (ids are random, so 404 hides nothing) */
  TRAJECTORY_NOT_FOUND: {
    kind: 'not-found',
    message: { nl: 'Traject niet gevonden.', en: 'Trajectory not found.' },
  },
  INSTITUTION_NOT_FOUND: {
    kind: 'not-found',
    message: { nl: 'Instelling niet gevonden.', en: 'Institution not found.' },
  },
  /** one open intake request per teacher and institution: the adviser answers it first */
  INTAKE_ALREADY_REQUESTED: {
    kind: 'conflict',
    message: {
      nl: 'Je hebt bij {institution} al een intake aangevraagd. Een adviseur neemt contact met je op.',
      en: 'You have already requested an intake at {institution}. An adviser will contact you.',
    },
  },
  INTAKE_OFFER_NOT_FOUND: {
    kind: 'not-found',
    message: { nl: 'Dit intakemoment bestaat niet.', en: 'This intake time does not exist.' },
  },
  /** an offered time is accepted only while the intake is being planned, and not once it has passed */
  INTAKE_OFFER_CLOSED: {
    kind: 'conflict',
    message: {
      nl: 'Dit intakemoment kun je niet (meer) kiezen: het traject staat op ‘{stateNl}’ of het moment is voorbij.',
      en: 'This intake time cannot be chosen (any more): the trajectory is at ‘{stateEn}’ or the time has passed.',
    },
  },
  /** an offered time lies in the past */
  INTAKE_OFFER_IN_PAST: {
    kind: 'invalid',
    message: {
      nl: 'Ongeldige invoer bij body.times: {startsAt} ligt in het verleden.',
      en: 'Invalid input for body.times: {startsAt} lies in the past.',
    },
  },
  /** no portfolio template of the qualification holds on the intake's day */
  TEMPLATE_NOT_IN_FORCE: {
    kind: 'conflict',
    message: {
      nl: 'Er is op {on} geen portfoliomodel voor de {qualification}.',
      en: 'There is no portfolio template for the {qualification} on {on}.',
    },
  },
  /** a catalogue names an item twice, or a course without its qualification */
  CATALOGUE_ITEM_TWICE: {
    kind: 'invalid',
    message: {
      nl: 'Ongeldige invoer bij body.items: {item} staat er twee keer in.',
      en: 'Invalid input for body.items: {item} is in it twice.',
    },
  },
  CATALOGUE_NOT_FOUND: {
    kind: 'not-found',
    message: { nl: 'Er is geen catalogus voor {year}.', en: 'There is no catalogue for {year}.' },
  },
  /** the trajectory has no portfolio yet: it starts when the intake is recorded */
  PORTFOLIO_NOT_STARTED: {
    kind: 'not-found',
    message: {
      nl: 'Dit traject heeft nog geen portfolio: dat begint als de intake is vastgelegd.',
      en: 'This trajectory has no portfolio yet: it starts once the intake is recorded.',
    },
  },
  /** the writer read an older revision than the one stored */
  PORTFOLIO_CHANGED: {
    kind: 'conflict',
    message: {
      nl: 'Je portfolio is intussen elders gewijzigd (versie {revision}). Laad het opnieuw voordat je opslaat.',
      en: 'Your portfolio has been changed elsewhere since (revision {revision}). Reload it before saving.',
    },
  },
  SECTION_NOT_FOUND: {
    kind: 'not-found',
    message: {
      nl: 'Het portfolio heeft geen onderdeel {section}.',
      en: 'The portfolio has no section {section}.',
    },
  },
  /** a section links evidence the portfolio does not have */
  EVIDENCE_UNKNOWN: {
    kind: 'invalid',
    message: {
      nl: 'Ongeldige invoer bij body.evidenceIds: het portfolio heeft geen bewijs {evidence}.',
      en: 'Invalid input for body.evidenceIds: the portfolio has no evidence {evidence}.',
    },
  },
  EVIDENCE_NOT_FOUND: {
    kind: 'not-found',
    message: { nl: 'Dit bewijs bestaat niet.', en: 'This evidence does not exist.' },
  },
  EVIDENCE_FILE_LIMIT: {
    kind: 'conflict',
    message: {
      nl: 'Een bewijsstuk heeft hooguit {max} bestanden.',
      en: 'An evidence item has at most {max} files.',
    },
  },
  /** the certificate of completed schooling stays in the portfolio */
  EVIDENCE_IS_CERTIFICATE: {
    kind: 'conflict',
    message: {
      nl: 'Dit bewijs is het certificaat van afgeronde scholing en blijft in je portfolio.',
      en: 'This evidence is the certificate of completed schooling and stays in your portfolio.',
    },
  },
  SCHOOLING_NOT_FOUND: {
    kind: 'not-found',
    message: { nl: 'Deze scholing staat niet in het plan.', en: 'This schooling is not in the plan.' },
  },
  /** a completed schooling item needs a certificate: evidence of kind schooling-certificate with a file */
  SCHOOLING_CERTIFICATE_INVALID: {
    kind: 'invalid',
    message: {
      nl: 'Ongeldige invoer bij body.certificateEvidenceId: kies bewijs van het soort ‘bewijs van scholing’ met een bestand.',
      en: 'Invalid input for body.certificateEvidenceId: choose evidence of the kind ‘proof of schooling’ with a file.',
    },
  },
  VERSION_NOT_FOUND: {
    kind: 'not-found',
    message: { nl: 'Versie {number} bestaat niet.', en: 'Version {number} does not exist.' },
  },
  /** feedback goes to the draft the adviser has, which is always the latest version */
  FEEDBACK_NOT_ON_LATEST: {
    kind: 'conflict',
    message: {
      nl: 'Feedback hoort bij de laatst ingeleverde versie ({latest}), niet bij versie {number}.',
      en: 'Feedback belongs to the latest version handed in ({latest}), not to version {number}.',
    },
  },
  FEEDBACK_SECTION_UNKNOWN: {
    kind: 'invalid',
    message: {
      nl: 'Ongeldige invoer bij body.sections: het portfolio heeft geen onderdeel {section}.',
      en: 'Invalid input for body.sections: the portfolio has no section {section}.',
    },
  },
  /** settings that name no number of the template: a typo, or a requirement since removed */
  REQUIREMENT_SETTINGS_UNKNOWN: {
    kind: 'invalid',
    message: {
      nl: 'Ongeldige invoer bij body.settings: het portfoliomodel heeft geen eis met een aantal {ids}.',
      en: 'Invalid input for body.settings: the portfolio template has no requirement with a number {ids}.',
    },
  },
  ASSESSMENT_WEEK_NOT_FOUND: {
    kind: 'not-found',
    message: { nl: 'Deze beoordelingsweek bestaat niet.', en: 'This assessment week does not exist.' },
  },
  /** a portfolio starts from an earlier one only where a rule says so (R-UMCU-UVO-4) */
  PORTFOLIO_CARRY_OVER_NOT_ALLOWED: {
    kind: 'invalid',
    message: {
      nl: 'Een {to}-portfolio kan niet beginnen vanuit een {from}-portfolio.',
      en: 'A {to} portfolio cannot start from a {from} portfolio.',
    },
  },
});

export const trajectoriesError = errorFactory(trajectoriesErrors);

const routeWords: Record<TrajectoryPlan['route'], Messages> = {
  course: { nl: 'de leergang', en: 'the course' },
  modules: { nl: 'losse modules', en: 'separate modules' },
};

/** One route issue in words; `n` counts the plan's schooling items from 1. */
export function describeRouteIssue(
  issue: RouteIssue,
  plan: { qualification: QualificationCode; route: TrajectoryPlan['route'] },
  year: string,
): Messages {
  const q = plan.qualification;
  const n = (issue.item ?? 0) + 1;
  switch (issue.code) {
    case 'route-not-allowed':
      return {
        nl: `de ${q} kan niet via ${routeWords[plan.route].nl}.`,
        en: `the ${q} cannot be earned through ${routeWords[plan.route].en}.`,
      };
    case 'course-missing':
      return { nl: `kies de leergang van de ${q}.`, en: `choose the course of the ${q}.` };
    case 'course-twice':
      return { nl: `onderdeel ${n} is een tweede leergang.`, en: `item ${n} is a second course.` };
    case 'course-of-other-qualification':
      return {
        nl: `onderdeel ${n} is de leergang van een andere kwalificatie.`,
        en: `item ${n} is the course of another qualification.`,
      };
    case 'course-in-modules-route':
      return {
        nl: `onderdeel ${n} is een leergang; een eigen pakket bestaat uit losse modules.`,
        en: `item ${n} is a course; a composed set consists of separate modules.`,
      };
    case 'modules-not-allowed':
      return {
        nl: `bij de leergang van de ${q} horen geen losse modules.`,
        en: `the course of the ${q} takes no separate modules.`,
      };
    case 'modules-missing':
      return { nl: 'kies ten minste één module.', en: 'choose at least one module.' };
    case 'prior-training-missing':
      return {
        nl: `zonder de leergang kan de ${q} alleen als aanvulling op trainingen die je al hebt gevolgd; neem die op met hun datum.`,
        en: `without the course the ${q} is possible only to complete trainings you already followed; include those with their date.`,
      };
    case 'unknown-item':
      return {
        nl: `onderdeel ${n} staat niet in de catalogus van ${year}.`,
        en: `item ${n} is not in the catalogue of ${year}.`,
      };
    case 'item-twice':
      return { nl: `onderdeel ${n} staat er twee keer in.`, en: `item ${n} is in it twice.` };
    case 'assessment-price-missing':
      return {
        nl: `de catalogus van ${year} heeft geen prijs voor het beoordelingstraject van de ${q}.`,
        en: `the catalogue of ${year} has no price for the assessment trajectory of the ${q}.`,
      };
  }
}

/** The error for a refusal of the state machine: state and event named, a route's problems spelled out. */
export function refusalError(refusal: TransitionRefusal): AppError {
  const { state, event, ...params } = refusal.params;
  if (typeof state === 'string') {
    const names = stateNames[state as TrajectoryState];
    Object.assign(params, { stateNl: names.nl, stateEn: names.en });
  }
  if (typeof event === 'string') {
    const names = eventNames[event as TrajectoryEventType];
    Object.assign(params, { eventNl: names.nl, eventEn: names.en });
  }
  const issues = refusal.details?.issues;
  if (issues) {
    const plan = {
      qualification: params.qualification as QualificationCode,
      route: params.route as TrajectoryPlan['route'],
    };
    const described = issues.map((i) => describeRouteIssue(i, plan, String(params.year)));
    params.problemsNl = described.map((d) => d.nl).join(' ');
    params.problemsEn = described.map((d) => d.en).join(' ');
  }
  return trajectoriesError(refusal.code, params, refusal.details);
}
