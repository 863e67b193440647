import type { RichText, RichTextBlock, RichTextInline } from '../../../../contracts/rich-text.js';

// A reflection (rich text, contracts/rich-text.ts) as a tree of elements, so the page builds React elements
// from it and never HTML from a string: nothing a teacher wrote is parsed as markup.

export type RichTextTag = 'p' | 'h3' | 'h4' | 'h5' | 'h6' | 'ul' | 'ol' | 'li' | 'strong' | 'em' | 'br';
export interface RichTextElement {
  tag: RichTextTag;
  /** `start` of a numbered list that does not begin at 1 */
  start?: number;
  children: RichTextNode[];
}
export type RichTextNode = RichTextElement | string;

const headingTags = ['h3', 'h4', 'h5', 'h6'] as const;

function inline(node: RichTextInline): RichTextNode {
  if (node.type === 'hardBreak') return { tag: 'br', children: [] };
  // bold outside italic, whatever order the editor stored the marks in
  const marks = new Set((node.marks ?? []).map((mark) => mark.type));
  let result: RichTextNode = node.text;
  if (marks.has('italic')) result = { tag: 'em', children: [result] };
  if (marks.has('bold')) result = { tag: 'strong', children: [result] };
  return result;
}

function block(node: RichTextBlock, headingBase: number): RichTextElement {
  switch (node.type) {
    case 'paragraph':
      return { tag: 'p', children: (node.content ?? []).map(inline) };
    case 'heading': {
      const index = Math.min(headingBase - 3 + node.attrs.level - 1, headingTags.length - 1);
      return { tag: headingTags[Math.max(index, 0)] ?? 'h6', children: (node.content ?? []).map(inline) };
    }
    case 'bulletList':
    case 'orderedList': {
      const items = node.content.map(
        (item): RichTextElement => ({
          tag: 'li',
          children: item.content.map((child) => block(child, headingBase)),
        }),
      );
      if (node.type === 'bulletList') return { tag: 'ul', children: items };
      const start = node.attrs?.start;
      return start !== undefined && start !== 1
        ? { tag: 'ol', start, children: items }
        : { tag: 'ol', children: items };
    }
  }
}

/**
 * The elements of a rich text. Its headings (levels 1–3) sit below the page's own: `headingBase` is the tag
 * level a level-1 heading gets (3 to 6; deeper levels stop at h6).
 */
export function richTextElements(doc: RichText, headingBase = 4): RichTextElement[] {
  return doc.content.map((node) => block(node, headingBase));
}
