import { describe, expect, it } from 'vitest';
import { metadataOf, pageTexts, qpdfCheck } from './fixtures.js';
import { escapeHtml, htmlPage } from './html.js';
import { renderHtmlPdf, warmUpPdfWorkers } from './html-pdf.js';

describe('renderHtmlPdf', () => {
  it('lays out HTML on A4 pages in a worker and returns a valid PDF with its metadata', async () => {
    const rows = Array.from({ length: 120 }, (_, i) => `<p>${escapeHtml(`Regel ${i + 1} <ë>`)}</p>`).join('');
    const bytes = await renderHtmlPdf(htmlPage('Certificaat', `<h1>Certificaat</h1>${rows}`), {
      title: 'Certificaat',
      author: 'Ëlla de Vriës',
      language: 'nl',
    });
    expect(qpdfCheck(bytes).status).toBe(0);
    const pages = pageTexts(bytes);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages[0]).toContain('Regel 1 <ë>');
    expect(pages.join('\n')).toContain('Regel 120 <ë>');
    expect(metadataOf(bytes)).toEqual({ title: 'Certificaat', author: 'Ëlla de Vriës', language: 'nl' });
  }, 60_000);
});

describe('warmUpPdfWorkers', () => {
  it('starts the PDF workers, each laying out a page without error', async () => {
    await expect(warmUpPdfWorkers()).resolves.toBeUndefined();
  }, 60_000);
});
