import { describe, expect, it } from 'vitest';
import { emptyRichText } from '../../../../../contracts/rich-text.js';
import { carryOver, mayCarryOver } from './carry-over.js';
import { checkPortfolio } from './checklist.js';
import { umcuBko, umcuSko, umcuUvo } from './templates/umcu.js';
import { content, evidence, task, words } from './test-data.js';

const uvoPortfolio = content({
  cv: [task({ id: 't1', form: 'lecture' }), task({ id: 't2', form: 'working-group' })],
  evidence: [
    evidence('student-evaluation', { id: 'se' }),
    evidence('schooling-certificate', { id: 'cert' }),
    evidence('other', { id: 'old', carriedOverFrom: { qualification: 'BKO', trajectoryId: 'ancient' } }),
  ],
  sections: { delivery: { text: words(120), evidenceIds: ['se'] } },
});

describe('UvO → BKO (R-UMCU-UVO-4)', () => {
  it('is the one path a portfolio may start from an earlier one', () => {
    expect(mayCarryOver('UvO', 'BKO')).toBe(true);
    expect(mayCarryOver('BKO', 'SKO')).toBe(false);
    expect(mayCarryOver('BKO', 'UvO')).toBe(false);
    expect(mayCarryOver('UvO', 'KKO')).toBe(false);
  });

  const result = carryOver({ template: umcuUvo, content: uvoPortfolio, trajectoryId: 'uvo-1' }, umcuBko);

  it('carries the CV and the delivery section over, and leaves the other areas to write', () => {
    expect(result.carried).toEqual(['teaching-cv', 'delivery']);
    expect(result.toWrite).toEqual(['design', 'supervision', 'assessment', 'evaluation']);
    expect(result.content.cv).toEqual(uvoPortfolio.cv);
    expect(result.content.sections.delivery).toEqual({ text: words(120), evidenceIds: ['se'] });
    expect(result.content.sections.design).toEqual({ text: emptyRichText(), evidenceIds: [] });
  });

  it('marks all evidence with where it came from, keeping an older origin', () => {
    expect(result.content.evidence.map((e) => [e.id, e.carriedOverFrom])).toEqual([
      ['se', { qualification: 'UvO', trajectoryId: 'uvo-1' }],
      ['cert', { qualification: 'UvO', trajectoryId: 'uvo-1' }],
      ['old', { qualification: 'BKO', trajectoryId: 'ancient' }],
    ]);
  });

  it('copies, so editing the new portfolio leaves the UvO portfolio as it was', () => {
    result.content.cv[0]?.areas.push('design');
    result.content.sections.delivery?.evidenceIds.push('cert');
    expect(uvoPortfolio.cv[0]?.areas).toEqual(['delivery']);
    expect(uvoPortfolio.sections.delivery?.evidenceIds).toEqual(['se']);
  });

  it('counts carried-over evidence for the BKO, since everything is assessed again', () => {
    const check = checkPortfolio(umcuBko, result.content).items.find(
      (i) => i.requirementId === 'schooling-certificate',
    );
    expect(check?.met).toBe(true);
  });

  it('a section the source has no content for starts empty', () => {
    const fresh = carryOver({ template: umcuUvo, content: content(), trajectoryId: 'u' }, umcuSko);
    expect(fresh.carried).toEqual(['teaching-cv']);
    expect(fresh.toWrite).toContain('delivery');
  });
});
