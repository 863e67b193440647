import { execFile } from 'node:child_process';
import { constants } from 'node:fs';
import { access, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { extensionOf, type OfficeConverter } from './evidence.js';

const run = promisify(execFile);

/** A conversion that takes longer is given up; the file is then listed as not converted. */
const CONVERSION_TIMEOUT_MS = 120_000;

/** The first executable `soffice` (LibreOffice; Debian package libreoffice-core-nogui) on the PATH. */
export async function findSoffice(path = process.env.PATH ?? ''): Promise<string | null> {
  for (const dir of path.split(delimiter).filter(Boolean)) {
    const candidate = join(dir, 'soffice');
    try {
      await access(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return null;
}

/**
 * Office → PDF with LibreOffice in headless mode. Each conversion gets its own temporary directory and
 * LibreOffice profile (two instances sharing a profile refuse to start), and conversions in this process
 * run one at a time: each one is a LibreOffice start of a second or more and a few hundred MB.
 */
export function sofficeConverter(soffice: string): OfficeConverter {
  let queue: Promise<unknown> = Promise.resolve();
  const convert = async (fileName: string, bytes: Uint8Array): Promise<Uint8Array> => {
    const dir = await mkdtemp(join(tmpdir(), 'dd-convert-'));
    try {
      // The name on disk is ours; only the extension, which tells LibreOffice the format, is the upload's.
      const extension = extensionOf(fileName).replace(/[^a-z0-9]/g, '');
      const input = join(dir, `evidence.${extension || 'bin'}`);
      await writeFile(input, bytes);
      await run(
        soffice,
        [
          `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
          '--headless',
          '--norestore',
          '--convert-to',
          'pdf',
          '--outdir',
          dir,
          input,
        ],
        { timeout: CONVERSION_TIMEOUT_MS, killSignal: 'SIGKILL' },
      );
      return new Uint8Array(await readFile(join(dir, 'evidence.pdf')));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  };
  return {
    toPdf(fileName, bytes) {
      const result = queue.then(() => convert(fileName, bytes));
      queue = result.catch(() => undefined);
      return result;
    },
  };
}

/** The converter when LibreOffice is installed, otherwise null (Office files are then listed, not merged). */
export async function findOfficeConverter(): Promise<OfficeConverter | null> {
  const soffice = await findSoffice();
  return soffice ? sofficeConverter(soffice) : null;
}
