import { describe, expect, it } from 'vitest';
import { plainText, RICH_TEXT_MAX_DEPTH, RichText } from './rich-text.js';

describe('rich text (a reflection)', () => {
  it('accepts the editor’s document and gives its plain text a line per block', () => {
    const doc = RichText.parse({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Ontwerp' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Ik ', marks: [{ type: 'bold' }] },
            { type: 'text', text: 'ontwierp' },
            { type: 'hardBreak' },
            { type: 'text', text: 'een blok.' },
          ],
        },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }] },
      ],
    });
    expect(plainText(doc)).toBe('Ontwerp\nIk ontwierp een blok.\n');
  });

  it('refuses HTML, unknown nodes and marks, and nesting beyond the limit', () => {
    expect(RichText.safeParse('<p>tekst</p>').success).toBe(false);
    const node = (type: string) => ({ type: 'doc', content: [{ type, content: [] }] });
    expect(RichText.safeParse(node('image')).success).toBe(false);
    const link = { type: 'text', text: 'x', marks: [{ type: 'link' }] };
    expect(
      RichText.safeParse({ type: 'doc', content: [{ type: 'paragraph', content: [link] }] }).success,
    ).toBe(false);
    let list: unknown = { type: 'paragraph' };
    for (let i = 0; i < RICH_TEXT_MAX_DEPTH + 2; i++) {
      list = { type: 'bulletList', content: [{ type: 'listItem', content: [list] }] };
    }
    expect(RichText.safeParse({ type: 'doc', content: [list] }).success).toBe(false);
  });
});
