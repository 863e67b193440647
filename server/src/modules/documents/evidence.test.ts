import { describe, expect, it } from 'vitest';
import { fileKind } from './evidence.js';
import { sampleJpeg, samplePdf, samplePng } from './fixtures.js';

const file = (bytes: Uint8Array, fileName = 'upload', mediaType = 'application/octet-stream') => ({
  bytes,
  fileName,
  mediaType,
});

describe('fileKind', () => {
  it('knows PDF, PNG and JPEG by their content, whatever the name says', () => {
    expect(fileKind(file(samplePdf('x', 1), 'photo.jpg', 'image/jpeg'))).toBe('pdf');
    expect(fileKind(file(samplePng(4, 4), 'report.pdf'))).toBe('image');
    expect(fileKind(file(sampleJpeg(4, 4), 'notes.docx'))).toBe('image');
  });

  it('finds a PDF whose header comes after some leading bytes, as readers allow', () => {
    const pdf = samplePdf('x', 1);
    const shifted = new Uint8Array(pdf.length + 3);
    shifted.set([0x0a, 0x0a, 0x0a]);
    shifted.set(pdf, 3);
    expect(fileKind(file(shifted))).toBe('pdf');
  });

  it('takes Office files by extension or media type, and nothing else', () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]);
    expect(fileKind(file(zip, 'Toetsmatrijs.DOCX'))).toBe('office');
    expect(
      fileKind(file(zip, 'sheet', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')),
    ).toBe('office');
    expect(fileKind(file(zip, 'slides.odp'))).toBe('office');
    expect(fileKind(file(zip, 'archive.zip', 'application/zip'))).toBe('other');
    expect(fileKind(file(new TextEncoder().encode('hallo'), 'notes.txt', 'text/plain'))).toBe('other');
  });
});
