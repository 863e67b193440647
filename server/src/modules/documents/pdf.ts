import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import * as mupdf from 'mupdf';
import { A4 } from './html.js';
import { jpegOrientation, type Orientation, placement, swapsSides } from './orientation.js';

// The only file that knows MuPDF (mupdf.js, WASM): layout of generated pages, opening evidence, grafting
// pages, bookmarks, saving. Swapping the PDF library means rewriting this file only.

/** A file that cannot be read as what it claims to be (damaged, password protected, empty). */
export class UnreadableFileError extends Error {}

const FOOTER_FONT_SIZE = 8.5;
const FOOTER_BASELINE = A4.height - 36;
const FOOTER_MARGIN = 60;
const IMAGE_MARGIN = 36;

// MuPDF's HTML engine parses its built-in fonts anew for every document, and measures every glyph anew
// with them: most of the cost of a short part (about 5 ms each), paid again for every part of every export.
// Asked for a generic family, it takes ours instead: the same built-in fonts, parsed once per thread and
// kept, so their glyph widths are measured once. Other families go MuPDF's own way.
const builtinFaces: Record<string, readonly [string, string, string, string]> = {
  'sans-serif': ['Helvetica', 'Helvetica-Oblique', 'Helvetica-Bold', 'Helvetica-BoldOblique'],
  serif: ['Times-Roman', 'Times-Italic', 'Times-Bold', 'Times-BoldItalic'],
  monospace: ['Courier', 'Courier-Oblique', 'Courier-Bold', 'Courier-BoldOblique'],
};
const loadedFonts = new Map<string, mupdf.Font>();

function builtinFont(name: string): mupdf.Font {
  let font = loadedFonts.get(name);
  if (!font) {
    font = new mupdf.Font(name);
    loadedFonts.set(name, font);
  }
  return font;
}

mupdf.installLoadFontFunction((family, _script, bold, italic) => {
  const face = builtinFaces[family]?.[(bold ? 2 : 0) + (italic ? 1 : 0)];
  return face ? builtinFont(face) : null;
});

// The streams of an embedded font (its program and its ToUnicode map) are the same in every file that
// uses it: deflated once per thread, at zlib's highest level, and put in as they are, save() deflates only
// the pages' content (the fonts were a quarter of what it compressed in every generated file).
const deflatedFontStreams = new Map<string, Uint8Array>();

function shareDeflatedFontStreams(pdf: mupdf.PDFDocument): void {
  for (let num = 1, count = pdf.countObjects(); num < count; num++) {
    const font = pdf.newIndirect(num);
    if (font.get('Type').asName() !== 'Font' || font.get('Subtype').asName() !== 'Type0') continue;
    const descriptor = font.get('DescendantFonts').get(0).get('FontDescriptor');
    const streams = [
      font.get('ToUnicode'),
      ...['FontFile', 'FontFile2', 'FontFile3'].map((k) => descriptor.get(k)),
    ];
    for (const stream of streams) {
      if (!stream.isStream() || !stream.get('Filter').isNull()) continue;
      const raw = stream.readRawStream();
      const bytes = raw.asUint8Array();
      const key = createHash('sha1').update(bytes).digest('base64');
      let deflated = deflatedFontStreams.get(key);
      if (!deflated) {
        deflated = deflateSync(bytes, { level: 9 });
        deflatedFontStreams.set(key, deflated);
      }
      raw.destroy();
      stream.writeRawStream(deflated);
      stream.put('Filter', pdf.newName('FlateDecode'));
    }
  }
}

/** HTML laid out on A4 pages by MuPDF's own layout engine (no browser). */
export class HtmlPages {
  private constructor(
    readonly document: mupdf.Document,
    readonly count: number,
  ) {}

  /**
   * `xhtml` for markup that is well-formed XML (every `htmlPage`): MuPDF then reads it with its XML parser
   * instead of its HTML5 parser, which cost about a fifth of laying out the portfolio. (Markup that turns out
   * not to be XML is still read, by the HTML5 parser, after a warning.)
   */
  static layout(html: string, markup: 'html' | 'xhtml'): HtmlPages {
    const type = markup === 'xhtml' ? 'application/xhtml+xml' : 'text/html';
    const document = mupdf.Document.openDocument(new TextEncoder().encode(html), type);
    document.layout(A4.width, A4.height, 10.5);
    return new HtmlPages(document, document.countPages());
  }

  /**
   * Lays out a page whose text depends on its own length (a contents list whose page numbers count its
   * own pages): guess its length, and lay out again with the real count until the two agree. `render` gives
   * `htmlPage` markup (XHTML).
   */
  static layoutSettled(render: (ownPageCount: number) => string, firstGuess = 1): HtmlPages {
    let guess = firstGuess;
    for (let attempt = 0; attempt < 4; attempt++) {
      const pages = HtmlPages.layout(render(guess), 'xhtml');
      if (pages.count === guess) return pages;
      guess = pages.count;
      pages.destroy();
    }
    throw new Error('the page count of a contents list did not settle');
  }

  destroy(): void {
    this.document.destroy();
  }
}

/** Evidence opened for appending: its page count is known before anything is written. */
export interface SourceDocument {
  readonly pageCount: number;
  /** Inserts its pages before page `at` (0-based), in order. */
  insertInto(out: mupdf.PDFDocument, at: number): void;
  destroy(): void;
}

class SourcePdf implements SourceDocument {
  constructor(
    private readonly pdf: mupdf.PDFDocument,
    readonly pageCount: number,
  ) {}

  insertInto(out: mupdf.PDFDocument, at: number): void {
    // One graft map per source copies shared resources (fonts, images) once, not once per page.
    const map = out.newGraftMap();
    for (let i = this.pageCount - 1; i >= 0; i--) map.graftPage(at, this.pdf, i);
    map.destroy();
  }

  destroy(): void {
    this.pdf.destroy();
  }
}

class SourceImage implements SourceDocument {
  readonly pageCount = 1;
  constructor(
    private readonly image: mupdf.Image,
    private readonly orientation: Orientation,
  ) {}

  /**
   * One A4 page (landscape for a wide image), the image centred, turned as its EXIF data says, shrunk to
   * fit, never enlarged.
   */
  insertInto(out: mupdf.PDFDocument, at: number): void {
    const swap = swapsSides(this.orientation);
    const pixelsW = swap ? this.image.getHeight() : this.image.getWidth();
    const pixelsH = swap ? this.image.getWidth() : this.image.getHeight();
    const dpiW = (swap ? this.image.getYResolution() : this.image.getXResolution()) || 96;
    const dpiH = (swap ? this.image.getXResolution() : this.image.getYResolution()) || 96;
    const [pageW, pageH] = pixelsW > pixelsH ? [A4.height, A4.width] : [A4.width, A4.height];
    const naturalW = (pixelsW * 72) / dpiW;
    const naturalH = (pixelsH * 72) / dpiH;
    const scale = Math.min(1, (pageW - 2 * IMAGE_MARGIN) / naturalW, (pageH - 2 * IMAGE_MARGIN) / naturalH);
    const w = naturalW * scale;
    const h = naturalH * scale;
    const matrix = placement(this.orientation, (pageW - w) / 2, (pageH - h) / 2, w, h);
    const ref = out.addImage(this.image);
    const contents = `q ${matrix.map((v) => v.toFixed(3)).join(' ')} cm /Im0 Do Q`;
    out.insertPage(at, out.addPage([0, 0, pageW, pageH], 0, { XObject: { Im0: ref } }, contents));
  }

  destroy(): void {
    this.image.destroy();
  }
}

export function openPdf(bytes: Uint8Array): SourceDocument {
  let pdf: mupdf.PDFDocument;
  try {
    pdf = new mupdf.PDFDocument(bytes);
  } catch (error) {
    throw unreadable(error);
  }
  try {
    if (pdf.needsPassword()) throw new UnreadableFileError('password protected');
    const pages = pdf.countPages();
    if (pages === 0) throw new UnreadableFileError('no pages');
    return new SourcePdf(pdf, pages);
  } catch (error) {
    pdf.destroy();
    throw unreadable(error);
  }
}

export function openImage(bytes: Uint8Array): SourceDocument {
  try {
    const image = new mupdf.Image(bytes);
    if (image.getWidth() === 0 || image.getHeight() === 0) throw new Error('empty image');
    return new SourceImage(image, bytes[0] === 0xff && bytes[1] === 0xd8 ? jpegOrientation(bytes) : 1);
  } catch (error) {
    throw unreadable(error);
  }
}

/**
 * MuPDF's WebAssembly memory broke: a WebAssembly.RuntimeError (which TypeScript's Node types do not declare
 * as a value), such as "memory access out of bounds". No more PDF work can be done in this thread.
 */
export function isWasmFault(error: unknown): boolean {
  return error instanceof Error && error.name === 'RuntimeError';
}

/** The file's fault, unless MuPDF's memory broke: that is no file's fault, and ends the job. */
function unreadable(error: unknown): unknown {
  return error instanceof UnreadableFileError || isWasmFault(error)
    ? error
    : new UnreadableFileError(String(error));
}

/** Text in the footer of a generated page; the page number is the page's place in the whole file. */
export type FooterText = (pageNumber: number) => { left: string; right: string } | null;

export interface OutlineEntry {
  title: string;
  /** 0-based */
  page: number;
  children?: OutlineEntry[];
}

export interface PdfMetadata {
  title: string;
  author: string;
  language: string;
}

function drawFooterText(device: mupdf.Device, text: string, x: number, alignRight: boolean): void {
  const font = builtinFont('Helvetica');
  let width = 0;
  for (const c of text) width += font.advanceGlyph(font.encodeCharacter(c)) * FOOTER_FONT_SIZE;
  const t = new mupdf.Text();
  const left = alignRight ? x - width : x;
  t.showString(font, [FOOTER_FONT_SIZE, 0, 0, -FOOTER_FONT_SIZE, left, FOOTER_BASELINE], text);
  device.fillText(t, mupdf.Matrix.identity, mupdf.ColorSpace.DeviceGray, [0.35], 1);
  t.destroy();
}

/** A PDF being put together: generated pages first, then appended evidence, bookmarks, metadata. */
export class PdfBuilder {
  private constructor(private readonly pdf: mupdf.PDFDocument) {}

  /** Writes the laid-out parts, in order, as the first pages; one writer, so fonts are embedded once. */
  static fromHtml(parts: HtmlPages[], footer: FooterText): PdfBuilder {
    const buffer = new mupdf.Buffer();
    // Uncompressed here: the fonts' streams are then put in deflated already, save() compresses the rest.
    // Fonts are embedded whole: subsetting took longer than merging forty appendices, to save about 70 kB
    // per file.
    const writer = new mupdf.DocumentWriter(buffer, 'pdf', '');
    let pageNumber = 0;
    for (const part of parts) {
      for (let i = 0; i < part.count; i++) {
        pageNumber++;
        const page = part.document.loadPage(i);
        const device = writer.beginPage(page.getBounds());
        page.run(device, mupdf.Matrix.identity);
        const text = footer(pageNumber);
        if (text) {
          drawFooterText(device, text.left, FOOTER_MARGIN, false);
          drawFooterText(device, text.right, A4.width - FOOTER_MARGIN, true);
        }
        writer.endPage();
        page.destroy();
      }
    }
    writer.close();
    writer.destroy();
    const pdf = new mupdf.PDFDocument(buffer);
    buffer.destroy();
    shareDeflatedFontStreams(pdf);
    return new PdfBuilder(pdf);
  }

  get pageCount(): number {
    return this.pdf.countPages();
  }

  /**
   * Appends the sources' pages, in order. MuPDF finds the place of an inserted page by walking the page
   * tree from its start, so appending page after page costs time in the square of the page count (a fifth
   * of merging 400 pages): each page is inserted instead at the same early place, last page first.
   */
  appendAll(sources: SourceDocument[]): void {
    const at = this.pdf.countPages();
    for (let i = sources.length - 1; i >= 0; i--) sources[i]?.insertInto(this.pdf, at);
  }

  /**
   * Written as the outline's dictionaries, every item open, its destination the page object itself: MuPDF's
   * outline iterator looked each page up by walking the page tree (forty bookmarks on 400 pages: 2.5 ms).
   * The pages are looked up first, all from one lookup table: MuPDF drops the table at every change.
   */
  setOutline(entries: OutlineEntry[]): void {
    if (entries.length === 0) return;
    const pdf = this.pdf;
    const pageObjects = new Map<number, mupdf.PDFObject>();
    const lookUp = (list: OutlineEntry[]) => {
      for (const entry of list) {
        if (!pageObjects.has(entry.page)) pageObjects.set(entry.page, pdf.findPage(entry.page));
        if (entry.children) lookUp(entry.children);
      }
    };
    lookUp(entries);
    const fit = pdf.newName('Fit');
    // the visible items below `parent`, which an open item's /Count holds
    const addItems = (list: OutlineEntry[], parent: mupdf.PDFObject): number => {
      const items = list.map(() => pdf.addObject(pdf.newDictionary()));
      let visible = items.length;
      list.forEach((entry, i) => {
        const item = items[i] as mupdf.PDFObject;
        item.put('Title', pdf.newString(entry.title));
        item.put('Parent', parent);
        item.put('Dest', [pageObjects.get(entry.page), fit]);
        if (i > 0) item.put('Prev', items[i - 1]);
        if (i < items.length - 1) item.put('Next', items[i + 1]);
        if (entry.children?.length) {
          const below = addItems(entry.children, item);
          item.put('Count', below);
          visible += below;
        }
      });
      parent.put('First', items[0]);
      parent.put('Last', items[items.length - 1]);
      return visible;
    };
    const outlines = pdf.addObject({ Type: pdf.newName('Outlines') });
    outlines.put('Count', addItems(entries, outlines));
    pdf.getTrailer().get('Root').put('Outlines', outlines);
  }

  save(metadata: PdfMetadata): Uint8Array {
    this.pdf.setMetaData(mupdf.Document.META_INFO_TITLE, metadata.title);
    this.pdf.setMetaData(mupdf.Document.META_INFO_AUTHOR, metadata.author);
    this.pdf.setMetaData(mupdf.Document.META_INFO_CREATOR, 'Docentdossier');
    this.pdf.setLanguage(metadata.language);
    // A lower deflate effort than the default: the fonts are most of what is compressed, it costs a
    // third less time, and the file grows by about 2%.
    const buffer = this.pdf.saveToBuffer('compress,compression-effort=20');
    // Copy out of the WASM heap before the buffer is freed.
    const bytes = buffer.asUint8Array().slice();
    buffer.destroy();
    return bytes;
  }

  destroy(): void {
    this.pdf.destroy();
  }
}
