import { describe, expect, it } from 'vitest';
import type { PortfolioContent } from '../../../../contracts/trajectories.js';
import type { VersionComparison } from '../../../../contracts/trajectories-api.js';
import {
  anythingChanged,
  comparisonNames,
  defaultPair,
  feedbackInput,
  linkedEvidence,
  pdfParts,
  returnReason,
  versionAction,
} from './versions';

const evidence = (id: string, title: string) => ({
  id,
  kind: 'other' as const,
  title,
  description: '',
  date: null,
  files: [],
  carriedOverFrom: null,
});
const content = (over: Partial<PortfolioContent> = {}): PortfolioContent => ({
  cv: [],
  sections: {},
  evidence: [],
  ...over,
});

describe('pdfParts (R-UMCU-SUB-1, -2)', () => {
  it('gives UvO one merged file and the other qualifications a portfolio and its appendices', () => {
    expect(pdfParts('UvO')).toEqual(['combined']);
    expect(pdfParts('BKO')).toEqual(['portfolio', 'appendices']);
    expect(pdfParts('SKO')).toEqual(['portfolio', 'appendices']);
  });
});

describe('versionAction', () => {
  const drafts = [
    { number: 2, kind: 'draft' as const },
    { number: 1, kind: 'draft' as const },
  ];
  it('offers feedback on the latest draft only, when the server offers the event', () => {
    expect(versionAction(['give-feedback', 'cancel'], drafts, 2)).toBe('feedback');
    expect(versionAction(['give-feedback'], drafts, 1)).toBeNull();
    expect(versionAction(['cancel'], drafts, 2)).toBeNull();
  });
  it('offers the final check on a final version and retracting on a draft', () => {
    const withFinal = [...drafts, { number: 3, kind: 'final' as const }];
    expect(versionAction(['accept-final', 'return-final'], withFinal, 3)).toBe('final-check');
    expect(versionAction(['accept-final'], drafts, 2)).toBeNull();
    expect(versionAction(['retract-draft', 'withdraw'], drafts, 2)).toBe('retract');
    expect(versionAction(['retract-draft'], withFinal, 3)).toBeNull();
  });
  it('offers nothing without versions', () => {
    expect(versionAction(['give-feedback'], [], 1)).toBeNull();
  });
});

describe('defaultPair', () => {
  it('compares the one before the latest with the latest, whatever the order given', () => {
    expect(defaultPair([{ number: 3 }, { number: 1 }, { number: 2 }])).toEqual({ from: 2, to: 3 });
    expect(defaultPair([{ number: 1 }])).toBeNull();
  });
});

describe('feedbackInput (R-UMCU-FB-1)', () => {
  it('trims the comments and leaves out sections without one', () => {
    expect(
      feedbackInput({
        verdict: 'needs-work',
        overall: '  Goed begin. ',
        sections: { delivery: ' Meer voorbeelden. ', 'teaching-cv': '   ' },
      }),
    ).toEqual({ verdict: 'needs-work', overall: 'Goed begin.', sections: { delivery: 'Meer voorbeelden.' } });
  });
});

describe('linkedEvidence', () => {
  it('lists a section’s evidence in the order linked, skipping what is gone', () => {
    const c = content({
      evidence: [evidence('a', 'A'), evidence('b', 'B')],
      sections: { delivery: { text: { type: 'doc', content: [] }, evidenceIds: ['b', 'x', 'a'] } },
    });
    expect(linkedEvidence(c, 'delivery').map((e) => e.title)).toEqual(['B', 'A']);
    expect(linkedEvidence(c, 'design')).toEqual([]);
  });
});

describe('comparisonNames and anythingChanged', () => {
  const before = content({ evidence: [evidence('a', 'Oud'), evidence('gone', 'Weg')] });
  const after = content({ evidence: [evidence('a', 'Nieuw')] });
  it('names ids by the newer version first, then the older, else the id itself', () => {
    const names = comparisonNames(before, after);
    expect([names.evidence('a'), names.evidence('gone'), names.evidence('?')]).toEqual(['Nieuw', 'Weg', '?']);
  });
  it('tells whether anything differs', () => {
    const none: VersionComparison = {
      from: 1,
      to: 2,
      cv: { added: [], removed: [], changed: [] },
      sections: [
        {
          sectionId: 'delivery',
          textChanged: false,
          before: 'x',
          after: 'x',
          evidenceAdded: [],
          evidenceRemoved: [],
        },
      ],
      evidence: { added: [], removed: [], changed: [] },
    };
    expect(anythingChanged(none)).toBe(false);
    expect(anythingChanged({ ...none, evidence: { added: [], removed: ['gone'], changed: [] } })).toBe(true);
    const section = none.sections[0];
    if (!section) throw new Error('no section');
    expect(anythingChanged({ ...none, sections: [{ ...section, textChanged: true }] })).toBe(true);
  });
});

describe('returnReason (R-UMCU-ASM-4)', () => {
  const versions = [
    { number: 1, kind: 'draft' as const },
    { number: 2, kind: 'final' as const },
  ];
  it('gives the reason on the returned final version while it is the latest and the teacher revises', () => {
    const returned = { state: 'revising' as const, reason: 'Bijlage 3 ontbreekt.' };
    expect(returnReason(returned, versions, 2)).toBe('Bijlage 3 ontbreekt.');
    expect(returnReason(returned, versions, 1)).toBeNull();
    expect(returnReason(returned, [...versions, { number: 3, kind: 'final' }], 2)).toBeNull();
    expect(returnReason({ state: 'awaiting-assessment', reason: null }, versions, 2)).toBeNull();
  });
});
