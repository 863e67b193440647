import { describe, expect, it } from 'vitest';
import type { RichText } from '../../../../contracts/rich-text.js';
import { richTextElements } from './richText';

const doc = (...content: RichText['content']): RichText => ({ type: 'doc', content });

describe('richTextElements', () => {
  it('keeps text as text, marks as strong and em (bold outside), and line breaks', () => {
    expect(
      richTextElements(
        doc({
          type: 'paragraph',
          content: [
            { type: 'text', text: '<b>geen opmaak</b> ' },
            { type: 'text', text: 'vet', marks: [{ type: 'italic' }, { type: 'bold' }] },
            { type: 'hardBreak' },
            { type: 'text', text: 'schuin', marks: [{ type: 'italic' }] },
          ],
        }),
      ),
    ).toEqual([
      {
        tag: 'p',
        children: [
          '<b>geen opmaak</b> ',
          { tag: 'strong', children: [{ tag: 'em', children: ['vet'] }] },
          { tag: 'br', children: [] },
          { tag: 'em', children: ['schuin'] },
        ],
      },
    ]);
  });

  it('puts headings below the page’s own, never deeper than h6', () => {
    const headings = doc(
      { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Een' }] },
      { type: 'heading', attrs: { level: 3 } },
    );
    expect(richTextElements(headings).map((e) => e.tag)).toEqual(['h4', 'h6']);
    expect(richTextElements(headings, 3).map((e) => e.tag)).toEqual(['h3', 'h5']);
    expect(richTextElements(headings, 6).map((e) => e.tag)).toEqual(['h6', 'h6']);
  });

  it('nests lists and keeps where a numbered list starts', () => {
    const item = (text: string) => ({
      type: 'listItem' as const,
      content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] }],
    });
    expect(
      richTextElements(
        doc(
          {
            type: 'bulletList',
            content: [{ type: 'listItem', content: [{ type: 'orderedList', content: [item('a')] }] }],
          },
          { type: 'orderedList', attrs: { start: 3 }, content: [item('c')] },
        ),
      ),
    ).toEqual([
      {
        tag: 'ul',
        children: [
          {
            tag: 'li',
            children: [{ tag: 'ol', children: [{ tag: 'li', children: [{ tag: 'p', children: ['a'] }] }] }],
          },
        ],
      },
      { tag: 'ol', start: 3, children: [{ tag: 'li', children: [{ tag: 'p', children: ['c'] }] }] },
    ]);
  });

  it('gives an empty document no elements, and an empty paragraph an empty one', () => {
    expect(richTextElements(doc())).toEqual([]);
    expect(richTextElements(doc({ type: 'paragraph' }))).toEqual([{ tag: 'p', children: [] }]);
  });
});
