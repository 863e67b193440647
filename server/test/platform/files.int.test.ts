import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/platform/db/database.js';
import {
  deleteStoredFiles,
  type FileRules,
  findFileInfo,
  readStoredFile,
  storeFile,
} from '../../src/platform/files/files.js';
import { storedFiles } from '../../src/platform/files/files.tables.js';
import { createTestDatabase } from '../database.js';
import { samplePdf, samplePng } from '../fixtures/files.js';

const rules: FileRules = {
  purpose: 'register-evidence',
  accept: ['application/pdf', 'image/png'],
  maxBytes: 1024 * 1024,
};

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe('the file store', () => {
  it('keeps the bytes, their hash, size and detected type, and gives them back unchanged', async () => {
    const content = samplePdf('Cursus toetsen');
    const stored = await storeFile(database.db, {
      content,
      fileName: 'map/Certificaat café.pdf',
      rules,
      uploadedBy: null,
    });
    expect(stored).toMatchObject({
      purpose: 'register-evidence',
      fileName: 'Certificaat café.pdf',
      mediaType: 'application/pdf',
      size: content.byteLength,
      sha256: createHash('sha256').update(content).digest('hex'),
      uploadedBy: null,
    });
    const read = await readStoredFile(database.db, stored.id);
    expect(Buffer.isBuffer(read?.content)).toBe(true);
    expect(read?.content.equals(content)).toBe(true);
    expect(await findFileInfo(database.db, stored.id)).toEqual(stored);
  });

  it('stores the type the content has, not the one the name claims', async () => {
    const stored = await storeFile(database.db, {
      content: samplePng(),
      fileName: 'scan.pdf',
      rules,
      uploadedBy: null,
    });
    expect(stored.mediaType).toBe('image/png');
  });

  it('stores nothing when the file is refused', async () => {
    const count = async () => (await database.db.select({ id: storedFiles.id }).from(storedFiles)).length;
    const before = await count();
    await expect(
      storeFile(database.db, { content: Buffer.from('hallo'), fileName: 'a.pdf', rules, uploadedBy: null }),
    ).rejects.toMatchObject({ definition: { code: 'FILE_TYPE_NOT_ALLOWED' } });
    await expect(
      storeFile(database.db, { content: new Uint8Array(0), fileName: 'a.pdf', rules, uploadedBy: null }),
    ).rejects.toMatchObject({ definition: { code: 'FILE_EMPTY' } });
    expect(await count()).toBe(before);
  });

  it('the database refuses a size that does not match the content, and a malformed hash', async () => {
    const insert = (size: number, sha256: string) =>
      database.db.execute(sql`
        INSERT INTO stored_files (purpose, content, sha256, size, media_type, file_name)
        VALUES ('test', '\\x010203'::bytea, ${sha256}, ${size}, 'application/pdf', 'a.pdf')`);
    await expect(insert(4, 'a'.repeat(64))).rejects.toThrow();
    await expect(insert(3, 'not-a-hash')).rejects.toThrow();
    await expect(insert(3, 'a'.repeat(64))).resolves.toBeDefined();
  });

  it('deletes files', async () => {
    const stored = await storeFile(database.db, {
      content: samplePng(),
      fileName: 'a.png',
      rules,
      uploadedBy: null,
    });
    await deleteStoredFiles(database.db, [stored.id]);
    expect(await readStoredFile(database.db, stored.id)).toBeUndefined();
  });
});
