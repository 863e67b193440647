import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { sampleJpeg, samplePdf, samplePng, sampleWebp } from '../../../test/fixtures/files.js';
import { AppError } from '../http/errors.js';
import {
  cleanFileName,
  contentDisposition,
  detectMediaType,
  type FileRules,
  officeMediaTypes,
} from './files.js';

const evidence: FileRules = {
  purpose: 'register-evidence',
  accept: ['application/pdf', 'image/png', 'image/jpeg', 'image/webp'],
  maxBytes: 1000,
};

async function refusal(content: Uint8Array, rules: FileRules = evidence, name = 'x.pdf') {
  const error = await detectMediaType(content, name, rules).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return {
    code: error.definition.code,
    status: error.status,
    nl: error.messageIn('nl'),
    en: error.messageIn('en'),
  };
}

describe('detectMediaType', () => {
  it('reads the type from the content', async () => {
    expect(await detectMediaType(samplePdf(), 'a.pdf', evidence)).toBe('application/pdf');
    expect(await detectMediaType(samplePng(), 'a.png', evidence)).toBe('image/png');
    expect(await detectMediaType(sampleJpeg(), 'a.jpg', evidence)).toBe('image/jpeg');
    expect(await detectMediaType(sampleWebp(), 'a.webp', evidence)).toBe('image/webp');
  });

  it('ignores the name: a PNG called .pdf is a PNG, a text file called .pdf is refused', async () => {
    expect(await detectMediaType(samplePng(), 'scan.pdf', evidence)).toBe('image/png');
    const text = await refusal(
      Buffer.from('Dit is geen PDF maar platte tekst.'),
      evidence,
      'certificaat.pdf',
    );
    expect(text).toMatchObject({ code: 'FILE_TYPE_NOT_ALLOWED', status: 415 });
    expect(text.nl).toBe(
      'Het bestand certificaat.pdf heeft een bestandstype dat hier niet mag; toegestaan: PDF, PNG, JPEG, WebP.',
    );
    expect(text.en).toBe(
      'The file certificaat.pdf is of a type not allowed here; allowed: PDF, PNG, JPEG, WebP.',
    );
  });

  it('refuses a recognised type the use does not accept', async () => {
    const windowsProgram = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]);
    expect((await refusal(windowsProgram)).code).toBe('FILE_TYPE_NOT_ALLOWED');
    const onlyPdf: FileRules = { ...evidence, accept: ['application/pdf'] };
    expect(await refusal(samplePng(), onlyPdf)).toMatchObject({ code: 'FILE_TYPE_NOT_ALLOWED', status: 415 });
    const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100)]);
    expect((await refusal(zip)).code).toBe('FILE_TYPE_NOT_ALLOWED');
  });

  it('refuses an empty file', async () => {
    expect(await refusal(new Uint8Array(0), evidence, 'leeg.pdf')).toEqual({
      code: 'FILE_EMPTY',
      status: 400,
      nl: 'Het bestand leeg.pdf is leeg.',
      en: 'The file leeg.pdf is empty.',
    });
  });

  it('accepts exactly the size limit and refuses one byte more', async () => {
    const pdf = samplePdf();
    const atLimit: FileRules = { ...evidence, maxBytes: pdf.byteLength };
    expect(await detectMediaType(pdf, 'a.pdf', atLimit)).toBe('application/pdf');
    const below: FileRules = { ...evidence, maxBytes: pdf.byteLength - 1 };
    expect(await refusal(pdf, below)).toMatchObject({ code: 'FILE_TOO_LARGE', status: 413 });
    const tenMb: FileRules = { ...evidence, maxBytes: 10 * 1024 * 1024 };
    const tooLarge = Buffer.concat([samplePdf(), Buffer.alloc(10 * 1024 * 1024)]);
    expect(await refusal(tooLarge, tenMb, 'groot.pdf')).toMatchObject({
      nl: 'Het bestand groot.pdf is te groot: hooguit 10 MB.',
      en: 'The file groot.pdf is too large: 10 MB at most.',
    });
  });
});

describe('Office files', () => {
  const withOffice: FileRules = {
    ...evidence,
    accept: [...evidence.accept, ...officeMediaTypes],
    maxBytes: 1024 * 1024,
  };

  it('are recognised by their parts, not their name, where a use accepts them', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Evaluatie').addRow(['Cijfer', 8]);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(await detectMediaType(xlsx, 'evaluatie.docx', withOffice)).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    // the register's evidence does not take them: the old list still holds there
    expect(await refusal(xlsx, { ...evidence, maxBytes: 1024 * 1024 }, 'evaluatie.xlsx')).toMatchObject({
      code: 'FILE_TYPE_NOT_ALLOWED',
      en: 'The file evaluatie.xlsx is of a type not allowed here; allowed: PDF, PNG, JPEG, WebP.',
    });
    // a bare ZIP is no Office file
    const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100)]);
    expect((await refusal(zip, withOffice)).en).toContain(
      'allowed: PDF, PNG, JPEG, WebP, Word (.docx), Excel (.xlsx)',
    );
  });
});

describe('cleanFileName', () => {
  it('keeps the name without folders or control characters', () => {
    expect(cleanFileName('C:\\Users\\jan\\Certificaat 2024.pdf')).toBe('Certificaat 2024.pdf');
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName(' bewijs\u0000\n.pdf ')).toBe('bewijs.pdf');
    expect(cleanFileName('')).toBe('file');
    expect(cleanFileName('a'.repeat(300))).toHaveLength(200);
  });
});

describe('contentDisposition', () => {
  it('gives an ASCII fallback and the exact UTF-8 name', () => {
    expect(contentDisposition('Deelname café "1".pdf')).toBe(
      `attachment; filename="Deelname caf_ _1_.pdf"; filename*=UTF-8''Deelname%20caf%C3%A9%20%221%22.pdf`,
    );
    expect(contentDisposition("it's.png", 'inline')).toBe(
      `inline; filename="it's.png"; filename*=UTF-8''it%27s.png`,
    );
  });
});
