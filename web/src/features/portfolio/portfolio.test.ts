import { getSchema } from '@tiptap/core';
import { Node } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { RichText } from '../../../../contracts/rich-text.js';
import type { ChecklistItem, CvTask, Evidence } from '../../../../contracts/trajectories.js';
import type { AssessmentWeekRecord } from '../../../../contracts/trajectories-api.js';
import { cvChanged, cvRowOf, cvTaskOf, emptyCvRow, withTask } from './cv';
import { reflectionExtensions } from './editorExtensions';
import { evidenceByKind, existingEvidenceIds } from './evidence';
import { checklistInOrder, pdfParts, readOnlyReason, weeksOpenForDraft } from './handIn';
import { editorContentOf, richTextOf, sameRichText } from './richText';

const schema = getSchema(reflectionExtensions);

/** What the editor makes of a document: ProseMirror parses it with the editor's own schema. */
const throughEditor = (json: unknown) => Node.fromJSON(schema, json).toJSON();

const reflection: RichText = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Ontwerpen' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Een ' },
        { type: 'text', text: 'vet', marks: [{ type: 'bold' }] },
        { type: 'hardBreak' },
        { type: 'text', text: 'schuin', marks: [{ type: 'italic' }] },
      ],
    },
    {
      type: 'bulletList',
      content: [
        { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'een' }] }] },
        {
          type: 'listItem',
          content: [
            { type: 'paragraph', content: [{ type: 'text', text: 'twee' }] },
            {
              type: 'orderedList',
              attrs: { start: 3 },
              content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }],
            },
          ],
        },
      ],
    },
  ],
};

describe('the reflection editor and the contract (contracts/rich-text.ts)', () => {
  it('knows exactly the nodes and marks the contract allows, nothing more', () => {
    expect(Object.keys(schema.nodes).sort()).toEqual(
      ['bulletList', 'doc', 'hardBreak', 'heading', 'listItem', 'orderedList', 'paragraph', 'text'].sort(),
    );
    expect(Object.keys(schema.marks).sort()).toEqual(['bold', 'italic']);
    expect(schema.nodes.heading?.spec.parseDOM?.map((rule) => rule.tag)).toEqual(['h1', 'h2', 'h3']);
  });

  it('opens every text the contract allows, and gives it back unchanged', () => {
    const edited = richTextOf(throughEditor(editorContentOf(reflection)));
    expect(edited).toEqual(reflection);
    expect(RichText.safeParse(edited).success).toBe(true);
  });

  it('refuses to open what the contract does not allow', () => {
    expect(() => throughEditor({ type: 'doc', content: [{ type: 'blockquote', content: [] }] })).toThrow();
    expect(() =>
      throughEditor({
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'strike' }] }] }],
      }),
    ).toThrow();
  });

  it("opens an empty text as one empty paragraph, and reads the editor's empty document as empty", () => {
    const empty: RichText = { type: 'doc', content: [] };
    expect(editorContentOf(empty)).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
    expect(richTextOf(throughEditor(editorContentOf(empty)))).toEqual(empty);
  });

  it("keeps only the contract's fields: editor attributes, unknown marks and trailing empty paragraphs go", () => {
    const fromEditor = {
      type: 'doc',
      content: [
        {
          type: 'orderedList',
          attrs: { start: 1, type: null },
          content: [
            {
              type: 'listItem',
              content: [
                {
                  type: 'paragraph',
                  attrs: { textAlign: null },
                  content: [{ type: 'text', text: 'a', marks: [{ type: 'bold' }, { type: 'highlight' }] }],
                },
              ],
            },
          ],
        },
        { type: 'heading', attrs: { level: 5 }, content: [{ type: 'text', text: 'kop' }] },
        { type: 'paragraph' },
        { type: 'paragraph', content: [] },
      ],
    };
    const text = richTextOf(fromEditor);
    expect(text).toEqual({
      type: 'doc',
      content: [
        {
          type: 'orderedList',
          content: [
            {
              type: 'listItem',
              content: [
                { type: 'paragraph', content: [{ type: 'text', text: 'a', marks: [{ type: 'bold' }] }] },
              ],
            },
          ],
        },
        { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'kop' }] },
      ],
    });
    expect(RichText.safeParse(text).success).toBe(true);
  });

  it('compares texts as they are saved, so an added empty line is no change', () => {
    const withEmptyLine = { ...reflection, content: [...reflection.content, { type: 'paragraph' as const }] };
    expect(sameRichText(reflection, withEmptyLine)).toBe(true);
    expect(sameRichText(reflection, { type: 'doc', content: [] })).toBe(false);
  });
});

const task: CvTask = {
  id: 't1',
  content: 'Werkgroepen farmacologie',
  form: 'working-group',
  targetGroup: 'Bachelor geneeskunde jaar 2',
  from: '2024-09-01',
  until: null,
  hoursPerYear: 40,
  areas: ['delivery'],
};

describe('a row of the teaching CV (R-UMCU-PF-1)', () => {
  it('becomes a task of the contract; an empty end date is an ongoing task', () => {
    expect(cvTaskOf(cvRowOf(task))).toEqual({ ok: true, task });
    expect(cvTaskOf({ ...cvRowOf(task), until: '2025-06-30' })).toEqual({
      ok: true,
      task: { ...task, until: '2025-06-30' },
    });
  });

  it('names each field still empty', () => {
    expect(cvTaskOf(emptyCvRow('t2'))).toEqual({
      ok: false,
      errors: {
        content: 'required',
        form: 'required',
        targetGroup: 'required',
        from: 'required',
        hoursPerYear: 'required',
      },
    });
    expect(cvTaskOf({ ...cvRowOf(task), content: '   ' })).toEqual({
      ok: false,
      errors: { content: 'required' },
    });
  });

  it('refuses an end before the start, and hours the contract does not allow', () => {
    expect(cvTaskOf({ ...cvRowOf(task), until: '2024-08-31' })).toEqual({
      ok: false,
      errors: { until: 'untilBeforeFrom' },
    });
    expect(cvTaskOf({ ...cvRowOf(task), hoursPerYear: 2001 })).toEqual({
      ok: false,
      errors: { hoursPerYear: 'invalid' },
    });
  });

  it('replaces a changed task in place and adds a new one at the end; any difference is a change', () => {
    const other = { ...task, id: 't2', content: 'Colleges' };
    expect(withTask([task, other], { ...task, hoursPerYear: 20 })).toEqual([
      { ...task, hoursPerYear: 20 },
      other,
    ]);
    expect(withTask([task], other)).toEqual([task, other]);
    expect(cvChanged([task, other], [task, other])).toBe(false);
    expect(cvChanged([task, other], [other, task])).toBe(true);
    expect(cvChanged([task], [])).toBe(true);
  });
});

const item = (id: string, kind: Evidence['kind']): Evidence => ({
  id,
  kind,
  title: id,
  description: '',
  date: null,
  files: [],
  carriedOverFrom: null,
});

describe('the evidence', () => {
  it("is grouped by kind in the contract's order, kinds without evidence left out", () => {
    const evidence = [item('a', 'other'), item('b', 'student-evaluation'), item('c', 'other')];
    expect(evidenceByKind(evidence)).toEqual([
      { kind: 'student-evaluation', items: [evidence[1]] },
      { kind: 'other', items: [evidence[0], evidence[2]] },
    ]);
    expect(evidenceByKind([])).toEqual([]);
  });

  it('a section links only evidence that still exists', () => {
    const evidence = [item('a', 'other'), item('b', 'other')];
    expect(existingEvidenceIds(evidence, ['b', 'gone', 'a'])).toEqual(['a', 'b']);
  });
});

describe('the hand-in', () => {
  it('is two PDF files for BKO, KKO and SKO (R-UMCU-SUB-1), one merged file for UvO (R-UMCU-SUB-2)', () => {
    expect(pdfParts('BKO')).toEqual(['portfolio', 'appendices']);
    expect(pdfParts('KKO')).toEqual(['portfolio', 'appendices']);
    expect(pdfParts('SKO')).toEqual(['portfolio', 'appendices']);
    expect(pdfParts('UvO')).toEqual(['combined']);
  });

  it('says why the portfolio is read-only', () => {
    expect(readOnlyReason('portfolio-in-progress', true, true)).toBeNull();
    expect(readOnlyReason('feedback-given', true, true)).toBeNull();
    expect(readOnlyReason('portfolio-in-progress', true, false)).toBe('not-teacher');
    expect(readOnlyReason('draft-handed-in', false, true)).toBe('with-adviser');
    expect(readOnlyReason('final-handed-in', false, true)).toBe('locked');
    expect(readOnlyReason('awaiting-assessment', false, true)).toBe('locked');
    expect(readOnlyReason('withdrawn', false, true)).toBe('closed');
    expect(readOnlyReason('intake-planned', false, true)).toBe('not-started');
  });

  it('offers the weeks of the qualification whose draft deadline has not passed, earliest first (R-UMCU-ASM-3)', () => {
    const week = (
      id: string,
      startsOn: string,
      draftDeadline: string,
      qualifications: AssessmentWeekRecord['qualifications'],
    ) => ({
      id,
      institutionId: 'i',
      name: id,
      startsOn,
      endsOn: startsOn,
      draftDeadline,
      finalDeadline: draftDeadline,
      qualifications,
    });
    const weeks = [
      week('late', '2027-06-01', '2027-04-01', ['BKO']),
      week('today', '2027-03-01', '2027-01-10', ['BKO', 'KKO']),
      week('passed', '2027-02-01', '2027-01-09', ['BKO']),
      week('uvo', '2027-02-15', '2027-01-20', ['UvO']),
    ];
    expect(weeksOpenForDraft(weeks, 'BKO', '2027-01-10').map((w) => w.id)).toEqual(['today', 'late']);
  });

  it('lists unmet requirements of the checklist first, otherwise in order', () => {
    const requirement = (id: string, met: boolean): ChecklistItem => ({
      requirementId: id,
      label: { nl: id, en: id },
      rules: ['R-UMCU-PF-1'],
      met,
      have: met ? 1 : 0,
      need: 1,
      sectionsShort: [],
    });
    const items = [
      requirement('a', true),
      requirement('b', false),
      requirement('c', true),
      requirement('d', false),
    ];
    expect(checklistInOrder(items).map((i) => i.requirementId)).toEqual(['b', 'd', 'a', 'c']);
  });
});
