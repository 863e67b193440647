import { z } from 'zod';
import { escapeHtml } from './html.js';

// A reflection's rich text: a small, safe subset of the ProseMirror/Tiptap JSON document (the shape the
// Mantine rich-text editor produces), so nothing a teacher writes is ever parsed as HTML or markup.
// Paragraphs, headings (three levels), bullet and numbered lists (nested), bold and italic, line breaks.
// Unknown node or mark types are refused rather than dropped, so what is stored is what is printed.
// Pure zod with no Node imports: the trajectories contract can use it as is.

export type RichTextMark = { type: 'bold' | 'italic' };
export type RichTextInline = { type: 'text'; text: string; marks?: RichTextMark[] } | { type: 'hardBreak' };
export type RichTextListItem = { type: 'listItem'; content: RichTextBlock[] };
export type RichTextBlock =
  | { type: 'paragraph'; content?: RichTextInline[] }
  | { type: 'heading'; attrs: { level: 1 | 2 | 3 }; content?: RichTextInline[] }
  | { type: 'bulletList'; content: RichTextListItem[] }
  | { type: 'orderedList'; attrs?: { start?: number }; content: RichTextListItem[] };
export type RichText = { type: 'doc'; content: RichTextBlock[] };

/** Deeper nesting than this (lists in lists) is refused before the recursive parse, which it could overflow. */
export const RICH_TEXT_MAX_DEPTH = 12;

const Mark = z.object({ type: z.enum(['bold', 'italic']) });
const Inline = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('text'),
    text: z.string().min(1).max(100_000),
    marks: z.array(Mark).max(4).optional(),
  }),
  z.object({ type: z.literal('hardBreak') }),
]);
const inlines = z.array(Inline).max(10_000).optional();

const ListItem: z.ZodType<RichTextListItem> = z.object({
  type: z.literal('listItem'),
  get content() {
    return z.array(Block).min(1).max(1_000);
  },
});
const items = z.array(ListItem).min(1).max(1_000);

const Block: z.ZodType<RichTextBlock> = z.discriminatedUnion('type', [
  z.object({ type: z.literal('paragraph'), content: inlines }),
  z.object({
    type: z.literal('heading'),
    attrs: z.object({ level: z.union([z.literal(1), z.literal(2), z.literal(3)]) }),
    content: inlines,
  }),
  z.object({ type: z.literal('bulletList'), content: items }),
  z.object({
    type: z.literal('orderedList'),
    attrs: z.object({ start: z.number().int().min(0).max(100_000).optional() }).optional(),
    content: items,
  }),
]);

/** Nesting depth of plain JSON, counted without recursion. */
function depthOf(value: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (node === null || typeof node !== 'object') continue;
    deepest = Math.max(deepest, depth);
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return deepest;
}

export const RichText: z.ZodType<RichText> = z
  .unknown()
  // Each level of list nesting is four JSON levels (list, content, item, content); the document, a
  // paragraph, its text and marks around them take at most seven more.
  .refine((value) => depthOf(value) <= RICH_TEXT_MAX_DEPTH * 4 + 7, {
    message: `Rich text may nest at most ${RICH_TEXT_MAX_DEPTH} levels deep`,
  })
  .pipe(z.object({ type: z.literal('doc'), content: z.array(Block).max(10_000) }));

export const emptyRichText: RichText = { type: 'doc', content: [] };

function inlineHtml(content: RichTextInline[] | undefined): string {
  return (content ?? [])
    .map((node) => {
      if (node.type === 'hardBreak') return '<br/>';
      const kinds = new Set(node.marks?.map((m) => m.type));
      let html = escapeHtml(node.text);
      if (kinds.has('italic')) html = `<i>${html}</i>`;
      if (kinds.has('bold')) html = `<b>${html}</b>`;
      return html;
    })
    .join('');
}

function blockHtml(block: RichTextBlock, headingOffset: number): string {
  switch (block.type) {
    case 'paragraph':
      return `<p>${inlineHtml(block.content)}</p>`;
    case 'heading': {
      const tag = `h${Math.min(6, block.attrs.level + headingOffset)}`;
      return `<${tag}>${inlineHtml(block.content)}</${tag}>`;
    }
    case 'bulletList':
    case 'orderedList': {
      const tag = block.type === 'bulletList' ? 'ul' : 'ol';
      const start =
        block.type === 'orderedList' && block.attrs?.start !== undefined
          ? ` start="${block.attrs.start}"`
          : '';
      const lis = block.content.map(
        (item) => `<li>${item.content.map((b) => blockHtml(b, headingOffset)).join('')}</li>`,
      );
      return `<${tag}${start}>${lis.join('')}</${tag}>`;
    }
  }
}

/**
 * The rich text as HTML for the PDF layout. Every text is escaped; the only tags are the ones written
 * here. `headingOffset` shifts heading levels below the section's own heading (1 makes level 1 an h2).
 */
export function richTextToHtml(doc: RichText, headingOffset = 1): string {
  return doc.content.map((b) => blockHtml(b, headingOffset)).join('');
}
