import { describe, expect, it } from 'vitest';
import { PolicyDocument } from '../../../../../contracts/qualifications.js';
import { aumc } from '../policies/aumc.js';
import { umcu } from '../policies/umcu.js';
import { canonicalJson, diffPolicyDocuments } from './diff.js';

const umcu2023 = () => PolicyDocument.parse(umcu.versions.find((v) => v.version === '2023-10-01')?.document);
const aumc2023 = () => PolicyDocument.parse(aumc.versions[0]?.document);

describe('the difference between two policy documents', () => {
  it('is nothing for the same document, whatever the order of keys', () => {
    const doc = umcu2023();
    const reordered = JSON.parse(canonicalJson(doc));
    expect(diffPolicyDocuments(doc, reordered)).toEqual({
      identical: true,
      orderChanged: false,
      qualifications: [],
      notes: [],
    });
  });

  it('names a changed condition by its rule id and the parts that changed (R-UMCU-BKO-1)', () => {
    const before = umcu2023();
    const after = umcu2023();
    const rule = after.qualifications[0]?.obligatoryWhen[0];
    if (!rule) throw new Error('no rule');
    rule.logic = JSON.parse(JSON.stringify(rule.logic).replace('"teachingFte"},0.2]', '"teachingFte"},0.3]'));
    const diff = diffPolicyDocuments(before, after);
    expect(diff.identical).toBe(false);
    expect(diff.qualifications).toEqual([
      {
        code: 'BKO',
        change: 'changed',
        conditions: [
          expect.objectContaining({
            list: 'obligatoryWhen',
            rule: 'R-UMCU-BKO-1',
            occurrence: 1,
            change: 'changed',
            fields: ['logic'],
          }),
        ],
      },
    ]);
    expect(JSON.stringify(diff.qualifications[0]?.conditions[0]?.after)).toContain('0.3');
    expect(JSON.stringify(diff.qualifications[0]?.conditions[0]?.before)).toContain('0.2');
  });

  it('tells apart two conditions with the same rule id by their occurrence (R-UMCU-BKO-2 twice)', () => {
    const before = umcu2023();
    const after = umcu2023();
    const bko = after.qualifications[0];
    if (!bko) throw new Error('no BKO');
    const second = bko.obligatoryWhen.findLastIndex((c) => c.id === 'R-UMCU-BKO-2');
    bko.obligatoryWhen.splice(second, 1);
    const [change] = diffPolicyDocuments(before, after).qualifications[0]?.conditions ?? [];
    expect(change).toMatchObject({ rule: 'R-UMCU-BKO-2', occurrence: 2, change: 'removed', after: null });
  });

  it('reports conditions added and removed, notes, a moved condition, and whole qualifications', () => {
    const before = umcu2023();
    const after = umcu2023();
    const kko = after.qualifications.find((q) => q.code === 'KKO');
    kko?.eligibleWhen.push({
      id: 'R-UMCU-KKO-2',
      cites: [],
      logic: { var: 'clinicalTrainer' },
      explanation: { nl: 'x', en: 'x' },
    });
    after.notes = after.notes.filter((n) => n.id !== 'R-UMCU-COST-1');
    after.qualifications = after.qualifications.filter((q) => q.code !== 'SKO');
    const diff = diffPolicyDocuments(before, after);
    expect(diff.qualifications.map((q) => [q.code, q.change])).toEqual([
      ['KKO', 'changed'],
      ['SKO', 'removed'],
    ]);
    expect(diff.qualifications[0]?.conditions).toEqual([
      expect.objectContaining({ list: 'eligibleWhen', rule: 'R-UMCU-KKO-2', change: 'added', before: null }),
    ]);
    expect(diff.qualifications[1]?.conditions.every((c) => c.change === 'removed')).toBe(true);
    expect(diff.notes).toEqual([
      expect.objectContaining({ list: 'notes', rule: 'R-UMCU-COST-1', change: 'removed' }),
    ]);
  });

  it('says when the qualifications change order, since later conditions read earlier statuses', () => {
    const before = umcu2023();
    const after = umcu2023();
    after.qualifications.reverse();
    expect(diffPolicyDocuments(before, after).orderChanged).toBe(true);
  });

  it('compares with nothing as everything added', () => {
    const diff = diffPolicyDocuments(null, aumc2023());
    expect(diff.identical).toBe(false);
    expect(diff.qualifications).toEqual([expect.objectContaining({ code: 'BKO', change: 'added' })]);
    expect(diff.notes.map((n) => n.change)).toEqual(['added', 'added']);
  });
});
