import type { JSONContent } from '@tiptap/react';
import type {
  RichText,
  RichTextBlock,
  RichTextInline,
  RichTextListItem,
  RichTextMark,
} from '../../../../contracts/rich-text.js';

// The reflection editor's document (Tiptap JSON) ⇄ the contract's rich text (contracts/rich-text.ts). The
// editor offers only what the contract allows; this keeps exactly the contract's fields, so what is sent
// always passes its schema, and two texts compare equal when they print the same.

/** What the editor opens with: ProseMirror wants at least one block, so an empty text is one empty paragraph. */
export function editorContentOf(text: RichText): JSONContent {
  return text.content.length > 0 ? text : { type: 'doc', content: [{ type: 'paragraph' }] };
}

function marksOf(marks: JSONContent['marks']): RichTextMark[] | undefined {
  const kept = (marks ?? [])
    .map((mark) => mark.type)
    .filter((type): type is RichTextMark['type'] => type === 'bold' || type === 'italic');
  return kept.length > 0 ? [...new Set(kept)].map((type) => ({ type })) : undefined;
}

function inlinesOf(content: JSONContent[] | undefined): RichTextInline[] | undefined {
  const inlines: RichTextInline[] = [];
  for (const node of content ?? []) {
    if (node.type === 'hardBreak') inlines.push({ type: 'hardBreak' });
    else if (node.type === 'text' && node.text) {
      const marks = marksOf(node.marks);
      inlines.push(marks ? { type: 'text', text: node.text, marks } : { type: 'text', text: node.text });
    }
  }
  return inlines.length > 0 ? inlines : undefined;
}

function itemsOf(content: JSONContent[] | undefined): RichTextListItem[] {
  return (content ?? [])
    .filter((node) => node.type === 'listItem')
    .map((node) => {
      const blocks = blocksOf(node.content);
      return { type: 'listItem', content: blocks.length > 0 ? blocks : [{ type: 'paragraph' }] };
    });
}

function blocksOf(content: JSONContent[] | undefined): RichTextBlock[] {
  const blocks: RichTextBlock[] = [];
  for (const node of content ?? []) {
    const inlines = inlinesOf(node.content);
    switch (node.type) {
      case 'paragraph':
        blocks.push(inlines ? { type: 'paragraph', content: inlines } : { type: 'paragraph' });
        break;
      case 'heading': {
        const level = Number(node.attrs?.level);
        const attrs = { level: level === 1 || level === 2 ? level : 3 } as const;
        blocks.push(inlines ? { type: 'heading', attrs, content: inlines } : { type: 'heading', attrs });
        break;
      }
      case 'bulletList': {
        const items = itemsOf(node.content);
        if (items.length > 0) blocks.push({ type: 'bulletList', content: items });
        break;
      }
      case 'orderedList': {
        const items = itemsOf(node.content);
        const start = Number(node.attrs?.start ?? 1);
        if (items.length === 0) break;
        blocks.push(
          Number.isInteger(start) && start !== 1 && start >= 0
            ? { type: 'orderedList', attrs: { start }, content: items }
            : { type: 'orderedList', content: items },
        );
        break;
      }
    }
  }
  return blocks;
}

/** The contract's rich text of what the editor holds; trailing empty paragraphs are left out. */
export function richTextOf(json: JSONContent): RichText {
  const blocks = blocksOf(json.content);
  while (blocks.length > 0) {
    const last = blocks[blocks.length - 1];
    if (last?.type !== 'paragraph' || last.content) break;
    blocks.pop();
  }
  return { type: 'doc', content: blocks };
}

/** Whether two texts are the same once normalised (the editor's own document against what was saved). */
export function sameRichText(a: RichText, b: RichText): boolean {
  return JSON.stringify(richTextOf(a)) === JSON.stringify(richTextOf(b));
}
