// HTML is only the layout language between this module and MuPDF's layout engine; every text in it comes
// through escapeHtml, so nothing a user typed can add a tag.

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => entities[c] ?? c);
}

/** A4 in points */
export const A4 = { width: 595.28, height: 841.89 } as const;

/** Bottom margin leaves room for the footer that is drawn on each page afterwards. */
const stylesheet = `
@page { margin: 60pt 60pt 72pt 60pt; }
body { font-family: sans-serif; font-size: 10.5pt; line-height: 1.4; color: #1a1a1a; }
h1 { font-size: 18pt; margin: 0 0 12pt 0; }
h2 { font-size: 14pt; margin: 14pt 0 6pt 0; }
h3 { font-size: 12pt; margin: 12pt 0 4pt 0; }
h4, h5, h6 { font-size: 10.5pt; margin: 10pt 0 4pt 0; }
p { margin: 0 0 6pt 0; }
ul, ol { margin: 0 0 6pt 0; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 0.5pt solid #8a8a8a; padding: 3pt 4pt; vertical-align: top; text-align: left; }
th { background-color: #ececec; }
td.number, th.number { text-align: right; }
table.contents td { border: none; padding: 2pt 0; }
table.contents td.page { width: 12%; text-align: right; }
.muted { color: #555555; }
.cover { margin-top: 180pt; }
.cover h1 { font-size: 28pt; margin-bottom: 6pt; }
.cover .qualification { font-size: 16pt; margin-bottom: 48pt; }
.cover .line { font-size: 12pt; margin-bottom: 4pt; }
`;

/**
 * A whole page of the house style. Well-formed XML as well (every tag closed, only XML's entities), so
 * MuPDF can read it with its XML parser (`HtmlPages.layout(html, 'xhtml')`). No `lang` attribute: with one,
 * MuPDF wrote every word and every space as a text run of its own, with its own position (the spaces get no
 * language), which made writing the pages about a third slower and the files half again as large. The
 * PDF's language is in its catalogue (`PdfMetadata.language`).
 */
export function htmlPage(title: string, body: string): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"/><title>${escapeHtml(title)}</title><style>${stylesheet}</style></head><body>${body}</body></html>`;
}
