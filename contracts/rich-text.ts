import { z } from 'zod';

// Rich text (a reflection in a portfolio section): a small, safe subset of the ProseMirror/Tiptap JSON
// document the Mantine rich-text editor produces, so nothing a teacher writes is ever parsed as HTML.
// Paragraphs, headings (three levels), bullet and numbered lists (nested), bold and italic, line breaks.
// Unknown node or mark types are refused rather than dropped, so what is stored is what is printed.
// The same shape as the documents module prints (server/src/modules/documents/rich-text.ts).

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

export const emptyRichText = (): RichText => ({ type: 'doc', content: [] });

function inlineText(content: RichTextInline[] | undefined): string {
  // adjacent text nodes are one run ("vet" in bold then "gedrukt" is one word); a line break separates
  return (content ?? []).map((n) => (n.type === 'text' ? n.text : ' ')).join('');
}

function blockTexts(block: RichTextBlock): string[] {
  if (block.type === 'paragraph' || block.type === 'heading') return [inlineText(block.content)];
  return block.content.flatMap((item) => item.content.flatMap(blockTexts));
}

/** The plain text of a rich text, one line per paragraph, heading or list item. */
export function plainText(doc: RichText): string {
  return doc.content.flatMap(blockTexts).join('\n');
}

/**
 * Words of a rich text, as the portfolio's checklist counts them (and the editor shows while typing):
 * paragraphs, list items and line breaks are gaps; a word has a letter or digit.
 */
export function countWords(text: RichText): number {
  return plainText(text)
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
