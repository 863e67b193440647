import { describe, expect, it } from 'vitest';
import { qualificationCodes } from '../../../../../contracts/qualifications.js';
import { PortfolioTemplate } from '../../../../../contracts/trajectories.js';
import { umcuBko, umcuKko, umcuSko, umcuTemplates, umcuUvo } from './templates/umcu.js';
import { emptyPortfolio, templateInForce } from './templates.js';

describe("UMC Utrecht's portfolio templates (R-UMCU-PF-1)", () => {
  it.each(umcuTemplates.map((t) => [t.qualification, t] as const))(
    '%s is a valid template',
    (_code, template) => {
      expect(PortfolioTemplate.parse(template)).toEqual(template);
    },
  );

  it('ship one template per qualification', () => {
    expect(umcuTemplates.map((t) => t.qualification).sort()).toEqual([...qualificationCodes].sort());
  });

  it.each(umcuTemplates.map((t) => [t.qualification, t] as const))(
    '%s has unique section and requirement ids, and requirements cite rules',
    (_code, template) => {
      const sectionIds = template.sections.map((s) => s.id);
      expect(new Set(sectionIds).size).toBe(sectionIds.length);
      const requirementIds = template.requirements.map((r) => r.id);
      expect(new Set(requirementIds).size).toBe(requirementIds.length);
      for (const r of template.requirements) expect(r.rules.length).toBeGreaterThan(0);
    },
  );

  it('start with the teaching CV and have one section per competency area', () => {
    const sections = (t: PortfolioTemplate) => t.sections.map((s) => s.id);
    expect(sections(umcuBko)).toEqual([
      'teaching-cv',
      'design',
      'delivery',
      'supervision',
      'assessment',
      'evaluation',
    ]);
    expect(sections(umcuUvo)).toEqual(['teaching-cv', 'delivery']);
    expect(sections(umcuKko)).toEqual(['teaching-cv', 'design', 'delivery', 'assessment']);
    expect(sections(umcuSko)).toEqual([...sections(umcuBko), 'vision', 'above-course']);
  });
});

describe('the template in force', () => {
  const later = { ...umcuBko, validFrom: '2027-01-01', title: { nl: 'Nieuw', en: 'New' } };
  const templates = [...umcuTemplates, later];

  it.each([
    ['2023-09-30', null],
    ['2023-10-01', '2023-10-01'],
    ['2026-12-31', '2023-10-01'],
    ['2027-01-01', '2027-01-01'],
  ])('for the BKO on %s starts on %s (R-UMCU-BKO-OLD)', (on, validFrom) => {
    expect(templateInForce(templates, 'BKO', on)?.validFrom ?? null).toBe(validFrom);
  });

  it('is of the qualification asked for', () => {
    expect(templateInForce(templates, 'KKO', '2030-01-01')).toBe(umcuKko);
  });
});

describe('an empty portfolio', () => {
  it('has every section of its template but the CV, each without text or evidence', () => {
    const empty = emptyPortfolio(umcuKko);
    expect(empty.cv).toEqual([]);
    expect(Object.keys(empty.sections)).toEqual(['design', 'delivery', 'assessment']);
    expect(empty.sections.design).toEqual({ text: { type: 'doc', content: [] }, evidenceIds: [] });
    // each section its own object: editing one must not change another
    expect(empty.sections.design?.text).not.toBe(empty.sections.delivery?.text);
  });
});
