import { describe, expect, it } from 'vitest';
import { RICH_TEXT_MAX_DEPTH, RichText } from '../../../../contracts/rich-text.js';
import { richTextToHtml } from './rich-text.js';

const text = (t: string, ...marks: ('bold' | 'italic')[]) =>
  marks.length
    ? { type: 'text', text: t, marks: marks.map((type) => ({ type })) }
    : { type: 'text', text: t };
const paragraph = (...content: unknown[]) => ({ type: 'paragraph', content });
const item = (...content: unknown[]) => ({ type: 'listItem', content });

// richTextToHtml recurses over lists: it relies on the contract's schema to refuse deep nesting first.
describe('RichText schema (contracts/rich-text.ts) as the PDF needs it', () => {
  it('accepts paragraphs, headings, nested lists, bold, italic and line breaks', () => {
    const doc = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [text('Kop')] },
        paragraph(text('gewoon '), text('vet', 'bold'), { type: 'hardBreak' }, text('schuin', 'italic')),
        {
          type: 'bulletList',
          content: [item(paragraph(text('a')), { type: 'orderedList', content: [item()] })],
        },
      ],
    };
    // an empty list item is refused: every item holds at least one block
    expect(RichText.safeParse(doc).success).toBe(false);
    (doc.content[2] as { content: unknown[] }).content = [
      item(paragraph(text('a')), { type: 'orderedList', attrs: { start: 3 }, content: [item(paragraph())] }),
    ];
    expect(RichText.parse(doc)).toEqual(doc);
  });

  it.each([
    ['an unknown node type', { type: 'doc', content: [{ type: 'image', attrs: { src: 'x' } }] }],
    [
      'an unknown mark',
      { type: 'doc', content: [paragraph({ type: 'text', text: 'a', marks: [{ type: 'link' }] })] },
    ],
    ['a heading level 4', { type: 'doc', content: [{ type: 'heading', attrs: { level: 4 }, content: [] }] }],
    ['an empty text node', { type: 'doc', content: [paragraph({ type: 'text', text: '' })] }],
    ['raw HTML instead of a document', '<p>hallo</p>'],
  ])('refuses %s', (_, value) => {
    expect(RichText.safeParse(value).success).toBe(false);
  });

  it(`refuses lists nested deeper than ${RICH_TEXT_MAX_DEPTH} levels without overflowing the stack`, () => {
    const nest = (levels: number): unknown => {
      let node: unknown = paragraph(text('x', 'bold'));
      for (let i = 0; i < levels; i++) node = { type: 'bulletList', content: [item(node)] };
      return node;
    };
    expect(RichText.safeParse({ type: 'doc', content: [nest(RICH_TEXT_MAX_DEPTH)] }).success).toBe(true);
    expect(RichText.safeParse({ type: 'doc', content: [nest(RICH_TEXT_MAX_DEPTH + 1)] }).success).toBe(false);
    // as a request body would bring it: parsed JSON, far deeper than any recursion can follow
    const levels = 20_000;
    const body = `{"type":"doc","content":[${'{"type":"bulletList","content":[{"type":"listItem","content":['.repeat(levels)}{"type":"paragraph"}${']}]}'.repeat(levels)}]}`;
    const result = RichText.safeParse(JSON.parse(body));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/at most 12 levels/);
  });
});

describe('richTextToHtml', () => {
  it('escapes every text, so typed markup stays text', () => {
    const html = richTextToHtml({
      type: 'doc',
      content: [paragraph(text('<script>alert("x")</script> & <b>'))] as RichText['content'],
    });
    expect(html).toBe('<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;</p>');
  });

  it('writes marks, breaks, lists with a start number, and shifts headings below the section title', () => {
    const doc = RichText.parse({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 1 }, content: [text('Één')] },
        paragraph(text('a', 'bold', 'italic'), { type: 'hardBreak' }, text('b', 'italic')),
        { type: 'orderedList', attrs: { start: 3 }, content: [item(paragraph(text('c')))] },
        { type: 'bulletList', content: [item(paragraph(text('d')))] },
      ],
    });
    expect(richTextToHtml(doc)).toBe(
      '<h2>Één</h2><p><b><i>a</i></b><br/><i>b</i></p><ol start="3"><li><p>c</p></li></ol><ul><li><p>d</p></li></ul>',
    );
    expect(richTextToHtml(doc, 0)).toMatch(/^<h1>Één<\/h1>/);
  });
});
