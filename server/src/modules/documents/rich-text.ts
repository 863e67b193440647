import type { RichText, RichTextBlock, RichTextInline } from '../../../../contracts/rich-text.js';
import { escapeHtml } from './html.js';

// A reflection's rich text (the Tiptap JSON subset of contracts/rich-text.ts, validated there) as HTML for
// MuPDF's layout engine: nothing a teacher writes is parsed as HTML, and the only tags are the ones below.

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
