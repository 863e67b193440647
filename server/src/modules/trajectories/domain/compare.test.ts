import { describe, expect, it } from 'vitest';
import { compareVersions } from './compare.js';
import { content, evidence, task, words } from './test-data.js';

describe('comparing two versions', () => {
  it('names the sections whose text or links changed, with both texts, and the CV and evidence by id', () => {
    const first = content({
      cv: [task({ id: 'a' }), task({ id: 'b' })],
      sections: {
        design: { text: words(3), evidenceIds: ['e1'] },
        delivery: { text: words(2), evidenceIds: ['e1', 'e2'] },
      },
      evidence: [evidence('teaching-material', { id: 'e1' }), evidence('student-evaluation', { id: 'e2' })],
    });
    const second = content({
      cv: [task({ id: 'a', hoursPerYear: 99 }), task({ id: 'c' })],
      sections: {
        design: { text: words(3), evidenceIds: ['e1', 'e3'] },
        delivery: { text: words(4), evidenceIds: ['e2'] },
      },
      evidence: [
        evidence('teaching-material', { id: 'e1', title: 'Nieuwe titel' }),
        evidence('student-evaluation', { id: 'e2' }),
        evidence('observation-own-teaching', { id: 'e3' }),
      ],
    });
    const diff = compareVersions({ number: 1, content: first }, { number: 2, content: second }, [
      'teaching-cv',
      'design',
      'delivery',
      'assessment',
    ]);
    expect(diff.cv).toEqual({ added: ['c'], removed: ['b'], changed: ['a'] });
    expect(diff.evidence).toEqual({ added: ['e3'], removed: [], changed: ['e1'] });
    expect(diff.sections).toEqual([
      {
        sectionId: 'design',
        textChanged: false,
        before: 'woord0 woord1 woord2',
        after: 'woord0 woord1 woord2',
        evidenceAdded: ['e3'],
        evidenceRemoved: [],
      },
      {
        sectionId: 'delivery',
        textChanged: true,
        before: 'woord0 woord1',
        after: 'woord0 woord1 woord2 woord3',
        evidenceAdded: [],
        evidenceRemoved: ['e1'],
      },
    ]);
  });
});
