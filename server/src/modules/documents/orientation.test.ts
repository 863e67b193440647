import { beforeAll, describe, expect, it } from 'vitest';
import { mergeAppendices } from './appendices.js';
import { greyAt, pageSizes, qpdfCheck, sampleJpeg, samplePng } from './fixtures.js';
import { documentLabels } from './labels.js';
import { jpegOrientation } from './orientation.js';

describe('jpegOrientation', () => {
  it('reads every EXIF orientation, and 1 when there is none', () => {
    expect(jpegOrientation(sampleJpeg(8, 4))).toBe(1);
    for (const o of [1, 2, 3, 4, 5, 6, 7, 8]) expect(jpegOrientation(sampleJpeg(8, 4, o))).toBe(o);
  });

  it('answers 1 for an orientation out of range or a cut-off EXIF block', () => {
    expect(jpegOrientation(sampleJpeg(8, 4, 9))).toBe(1);
    const cut = sampleJpeg(8, 4, 6).slice(0, 30);
    expect(jpegOrientation(cut)).toBe(1);
    expect(jpegOrientation(samplePng(8, 4))).toBe(1);
  });
});

// The sample image is 600 × 200 pixels at 96 dpi (450 × 150 pt) with its stored left third black.
describe('photos on appendix pages', () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    const photo = (orientation: number | undefined) => ({
      id: `o${orientation}`,
      title: `Foto ${orientation}`,
      fileName: 'foto.jpg',
      mediaType: 'image/jpeg',
      bytes: sampleJpeg(600, 200, orientation),
    });
    ({ bytes } = await mergeAppendices({
      heading: { title: 'Bijlagen' },
      evidence: [photo(undefined), photo(3), photo(6), photo(8)],
      labels: documentLabels.nl,
      author: 'x',
    }));
  }, 60_000);

  it('shows a photo as stored when it has no orientation', () => {
    expect(qpdfCheck(bytes).status).toBe(0);
    expect(pageSizes(bytes)[1]).toEqual([842, 595]);
    // the image spans x 196–646 and y 222–372 of the landscape page
    expect(greyAt(bytes, 1, 250, 297)).toBeLessThan(50);
    expect(greyAt(bytes, 1, 600, 297)).toBeGreaterThan(200);
  });

  it('turns a photo half round (orientation 3)', () => {
    expect(greyAt(bytes, 2, 250, 297)).toBeGreaterThan(200);
    expect(greyAt(bytes, 2, 600, 297)).toBeLessThan(50);
  });

  it('turns a photo a quarter (6 and 8) onto a portrait page, the black third at the top or bottom', () => {
    expect(pageSizes(bytes)[3]).toEqual([595, 842]);
    expect(pageSizes(bytes)[4]).toEqual([595, 842]);
    // the image spans x 222–372 and y 196–646 of the portrait page
    expect(greyAt(bytes, 3, 297, 250)).toBeLessThan(50);
    expect(greyAt(bytes, 3, 297, 600)).toBeGreaterThan(200);
    expect(greyAt(bytes, 4, 297, 250)).toBeGreaterThan(200);
    expect(greyAt(bytes, 4, 297, 600)).toBeLessThan(50);
  });
});
