import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeAppendices } from './appendices.js';
import { pageTexts, qpdfCheck } from './fixtures.js';
import { documentLabels } from './labels.js';
import { findSoffice, sofficeConverter } from './office-converter.js';

const soffice = await findSoffice();

describe('findSoffice', () => {
  it('finds an executable soffice on the PATH, and answers null when there is none', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dd-path-'));
    try {
      expect(await findSoffice(dir)).toBeNull();
      await writeFile(join(dir, 'soffice'), '#!/bin/sh\n', { mode: 0o644 });
      expect(await findSoffice(dir)).toBeNull();
      await chmod(join(dir, 'soffice'), 0o755);
      expect(await findSoffice(`/nonexistent:${dir}`)).toBe(join(dir, 'soffice'));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

// LibreOffice is optional (Debian's libreoffice-writer-nogui); without it Office files are listed, not
// converted, which appendices.test.ts covers.
describe.skipIf(!soffice)('sofficeConverter (LibreOffice installed)', () => {
  it('converts an Office file into appendix pages, and lists a damaged one as not converted', async () => {
    const converter = sofficeConverter(soffice ?? '');
    const rtf = new TextEncoder().encode('{\\rtf1\\ansi Verslag van de intervisie: \\u235? goed}');
    const result = await mergeAppendices({
      heading: { title: 'Bijlagen' },
      evidence: [
        { id: 'a', title: 'Verslag', fileName: 'verslag.rtf', mediaType: 'application/rtf', bytes: rtf },
        {
          id: 'b',
          title: 'Kapot',
          fileName: 'kapot.docx',
          mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00]),
        },
      ],
      labels: documentLabels.nl,
      converter,
      author: 'x',
    });
    expect(result.appendices.map((a) => [a.startPage, a.problem])).toEqual([
      [2, null],
      [null, 'not-converted'],
    ]);
    expect(pageTexts(result.bytes)[1]).toContain('Verslag van de intervisie: ë goed');
    expect(qpdfCheck(result.bytes).status).toBe(0);
  }, 120_000);
});
