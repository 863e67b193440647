import { describe, expect, it } from 'vitest';
import type { RegisterActivity, RegisterCatalogue } from '../../../../contracts/register.js';
import {
  activityFormOf,
  activityInputOf,
  activityStatus,
  emptyActivityForm,
  fieldsForKind,
  type KindEntry,
  kindGroups,
  kindLabel,
  mayChange,
  missingFields,
  problemsByField,
} from './activityForm';

const entry = (kind: KindEntry['kind'], type: number, extra: Partial<KindEntry> = {}): KindEntry => ({
  kind,
  type,
  heading: null,
  label: { nl: `Soort ${kind}`, en: `Kind ${kind}` },
  note: null,
  other: false,
  neededField: null,
  rule: null,
  ...extra,
});

const course = entry('2', 2);
const tradeMeeting = entry('6.4a', 6, {
  heading: { nl: 'Vakvereniging', en: 'Trade organisation' },
  neededField: 'halfDays',
  rule: 'R-REG-CAP-5',
});
const article = entry('7.4a', 7, { neededField: 'words', rule: 'R-REG-CAP-7' });
const committee = entry('6.2e', 6, { neededField: 'group', rule: 'R-REG-CAP-4' });
const otherInSchool = entry('5.5b', 5, { other: true });

const filled = {
  ...emptyActivityForm(),
  kind: '2' as const,
  title: '  Cursus didactiek ',
  date: '2025-03-01',
  hours: 8,
  content: 'didactic' as const,
};

describe('the fields a kind shows', () => {
  it('asks half-days for 6.4a (R-REG-CAP-5), words for 7.4a (R-REG-CAP-7), the committee for 6.2e (R-REG-CAP-4)', () => {
    expect(fieldsForKind(tradeMeeting).neededField).toBe('halfDays');
    expect(fieldsForKind(article).neededField).toBe('words');
    expect(fieldsForKind(committee).neededField).toBe('group');
    expect(fieldsForKind(course).neededField).toBeNull();
  });

  it('asks how an organised activity was followed (R-REG-EVID-3), and what self-study did for teaching (R-REG-EVID-4)', () => {
    expect(fieldsForKind(course)).toMatchObject({ delivery: true, application: false });
    expect(fieldsForKind(article)).toMatchObject({ delivery: false, application: true });
    expect(fieldsForKind(undefined)).toMatchObject({ delivery: false, application: false, other: false });
  });

  it('asks a description for the "other" kinds', () => {
    expect(fieldsForKind(otherInSchool).other).toBe(true);
  });
});

describe('what the form sends', () => {
  it('names the fields without which nothing can be sent', () => {
    expect(missingFields(emptyActivityForm())).toEqual(['kind', 'title', 'date', 'hours', 'content']);
    expect(missingFields({ ...filled, title: '   ' })).toEqual(['title']);
    expect(missingFields({ ...filled, hours: 0 })).toEqual([]);
  });

  it('trims texts and leaves out empty optional ones', () => {
    expect(activityInputOf({ ...filled, relevance: '  ' }, course)).toEqual({
      kind: '2',
      title: 'Cursus didactiek',
      date: '2025-03-01',
      hours: 8,
      content: 'didactic',
      level: 'bachelor-or-higher',
      startDate: undefined,
      otherDescription: undefined,
      relevance: undefined,
      description: undefined,
      application: undefined,
      halfDays: undefined,
      words: undefined,
      group: undefined,
      delivery: 'contact',
      testPassed: false,
      accreditationPoints: [],
    });
  });

  it('sends only the field the chosen kind needs: half-days typed for 6.4a are dropped after choosing a course', () => {
    const typed = { ...filled, halfDays: 3 as const, words: 1200 as const, group: 'Commissie' };
    expect(activityInputOf(typed, tradeMeeting)).toMatchObject({
      halfDays: 3,
      words: undefined,
      group: undefined,
    });
    expect(activityInputOf(typed, article)).toMatchObject({ halfDays: undefined, words: 1200 });
    expect(activityInputOf(typed, committee)).toMatchObject({ group: 'Commissie', halfDays: undefined });
    expect(activityInputOf(typed, course)).toMatchObject({
      halfDays: undefined,
      words: undefined,
      group: undefined,
    });
  });

  it('sends the passed test only for online or mostly self-study (R-REG-EVID-3)', () => {
    expect(activityInputOf({ ...filled, delivery: 'online', testPassed: true }, course)).toMatchObject({
      delivery: 'online',
      testPassed: true,
    });
    expect(activityInputOf({ ...filled, delivery: 'contact', testPassed: true }, course)).toMatchObject({
      testPassed: false,
    });
    // self-study has no delivery: it is sent as contact, so the test rule does not apply
    expect(activityInputOf({ ...filled, delivery: 'online' }, article)).toMatchObject({
      delivery: 'contact',
    });
  });

  it('keeps the other description only for an "other" kind, and points beside RU with their scheme', () => {
    const values = {
      ...filled,
      otherDescription: ' Workshop ',
      accreditationPoints: [
        { scheme: ' ABAN ', points: 4 as const },
        { scheme: '', points: '' as const },
      ],
    };
    expect(activityInputOf(values, otherInSchool)).toMatchObject({
      otherDescription: 'Workshop',
      accreditationPoints: [{ scheme: 'ABAN', points: 4 }],
    });
    expect(activityInputOf(values, course).otherDescription).toBeUndefined();
  });

  it('fills the form from a recorded activity, so saving unchanged sends the same', () => {
    const activity: RegisterActivity = {
      id: '00000000-0000-4000-8000-000000000001',
      kind: '6.4a',
      otherDescription: null,
      title: 'ALV',
      startDate: null,
      date: '2025-01-10',
      hours: 6,
      content: 'general',
      level: 'below-bachelor',
      relevance: 'Omdat',
      description: null,
      application: null,
      halfDays: 2,
      words: null,
      group: null,
      delivery: 'contact',
      testPassed: false,
      accreditationPoints: [{ scheme: 'ABAN', points: 2 }],
      validated: null,
      locked: false,
      evidence: [],
      createdAt: '2025-01-10T10:00:00.000Z',
      updatedAt: '2025-01-10T10:00:00.000Z',
    };
    expect(activityInputOf(activityFormOf(activity), tradeMeeting)).toMatchObject({
      kind: '6.4a',
      halfDays: 2,
      level: 'below-bachelor',
      relevance: 'Omdat',
      accreditationPoints: [{ scheme: 'ABAN', points: 2 }],
    });
  });
});

describe("the server's refusal per field", () => {
  it('maps body fields to form fields, joining two messages on one field', () => {
    const error = {
      status: 400,
      details: {
        issues: [
          { field: 'body.relevance', message: 'Relevantie nodig (R-REG-LEVEL-1).' },
          { field: 'body.accreditationPoints.1.scheme', message: 'Dubbel.' },
          { field: 'body.relevance', message: 'Te lang.' },
          { nonsense: true },
        ],
      },
    };
    expect(problemsByField(error)).toEqual({
      relevance: 'Relevantie nodig (R-REG-LEVEL-1). Te lang.',
      'accreditationPoints.1.scheme': 'Dubbel.',
    });
  });

  it('is empty for an error without issues', () => {
    expect(problemsByField({ status: 409, code: 'REGISTER_ACTIVITY_LOCKED' })).toEqual({});
    expect(problemsByField(null)).toEqual({});
    expect(problemsByField(new Error('boom'))).toEqual({});
  });
});

describe('status', () => {
  const provider = {
    providerActivityId: '00000000-0000-4000-8000-000000000002',
    number: 'A-1',
    provider: { id: '00000000-0000-4000-8000-000000000003', name: 'Academie' },
  };

  it('is audited once an audit took it, validated from a provider (R-REG-EVID-1), else recorded (R-REG-AUDIT-1)', () => {
    expect(activityStatus({ locked: true, validated: null })).toBe('audited');
    expect(activityStatus({ locked: false, validated: provider })).toBe('validated');
    expect(activityStatus({ locked: false, validated: null })).toBe('recorded');
  });

  it('lets only a recorded activity change', () => {
    expect(mayChange({ locked: false, validated: null })).toBe(true);
    expect(mayChange({ locked: false, validated: provider })).toBe(false);
    expect(mayChange({ locked: true, validated: null })).toBe(false);
  });
});

describe('the kind picker', () => {
  const catalogue: RegisterCatalogue = {
    types: [
      { type: 2, formal: true, label: { nl: 'Cursus', en: 'Course' } },
      { type: 6, formal: false, label: { nl: 'Buiten de school', en: 'Outside the school' } },
    ],
    kinds: [course, tradeMeeting, entry('first-aid', 2, { label: { nl: 'EHBO', en: 'First aid' } })],
    rules: [],
    norm: { totalRU: 160, primaryRU: 100, subjectRU: 40 },
  };

  it('groups the kinds by type, each named by code, heading and label in the language asked', () => {
    expect(kindGroups(catalogue, 'en')).toEqual([
      {
        group: '2. Course',
        items: [
          { value: '2', label: '2 – Kind 2' },
          { value: 'first-aid', label: 'First aid' },
        ],
      },
      {
        group: '6. Outside the school',
        items: [{ value: '6.4a', label: '6.4a – Trade organisation: Kind 6.4a' }],
      },
    ]);
    expect(kindLabel(tradeMeeting, 'nl')).toBe('6.4a – Vakvereniging: Soort 6.4a');
  });
});
