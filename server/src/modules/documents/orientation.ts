// Phones store a photo as the sensor saw it and say in the JPEG's EXIF data how to turn it (tag 0x0112,
// values 1–8). A PDF viewer never reads EXIF, so the page must turn the image itself.

export type Orientation = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

/** The EXIF orientation of a JPEG; 1 (as stored) when there is none or it cannot be read. */
export function jpegOrientation(bytes: Uint8Array): Orientation {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 2;
  while (at + 4 <= bytes.length && bytes[at] === 0xff) {
    const marker = bytes[at + 1];
    const length = view.getUint16(at + 2);
    // start of scan: the image data follows, no more metadata
    if (marker === 0xda) break;
    if (
      marker === 0xe1 &&
      length >= 16 &&
      String.fromCharCode(...bytes.subarray(at + 4, at + 8)) === 'Exif'
    ) {
      return exifOrientation(view, at + 10, Math.min(at + 2 + length, bytes.length));
    }
    at += 2 + length;
  }
  return 1;
}

/** Reads only inside [tiff, end): a block whose offsets point outside it has no orientation. */
function exifOrientation(view: DataView, tiff: number, end: number): Orientation {
  if (tiff + 8 > end) return 1;
  const little = view.getUint16(tiff) === 0x4949;
  const u16 = (at: number) => view.getUint16(at, little);
  const ifd = tiff + view.getUint32(tiff + 4, little);
  if (ifd + 2 > end) return 1;
  const entries = u16(ifd);
  for (let i = 0; i < entries; i++) {
    const entry = ifd + 2 + i * 12;
    if (entry + 12 > end) return 1;
    if (u16(entry) === 0x0112) {
      const value = u16(entry + 8);
      return value >= 1 && value <= 8 ? (value as Orientation) : 1;
    }
  }
  return 1;
}

/** Orientations 5–8 turn the image a quarter: the shown width is the stored height. */
export const swapsSides = (o: Orientation) => o >= 5;

/**
 * The PDF `cm` matrix that draws the stored image (PDF's unit square, first row at the top) turned as the
 * orientation says, filling the rectangle at (x, y) of the shown width w and height h.
 */
export function placement(
  o: Orientation,
  x: number,
  y: number,
  w: number,
  h: number,
): [number, number, number, number, number, number] {
  switch (o) {
    case 1:
      return [w, 0, 0, h, x, y];
    case 2: // mirrored left to right
      return [-w, 0, 0, h, x + w, y];
    case 3: // half a turn
      return [-w, 0, 0, -h, x + w, y + h];
    case 4: // mirrored top to bottom
      return [w, 0, 0, -h, x, y + h];
    case 5: // mirrored along the diagonal from the top left
      return [0, -h, -w, 0, x + w, y + h];
    case 6: // a quarter turn clockwise
      return [0, -h, w, 0, x, y + h];
    case 7: // mirrored along the other diagonal
      return [0, h, w, 0, x, y];
    case 8: // a quarter turn anticlockwise
      return [0, h, -w, 0, x + w, y];
  }
}
