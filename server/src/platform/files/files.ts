import { createHash } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import { fileTypeFromBuffer } from 'file-type';
import type { Executor } from '../db/database.js';
import { defineErrors, errorFactory } from '../http/errors.js';
import { storedFiles } from './files.tables.js';

// A small file store for every module: checks an upload by its content, keeps the bytes in the database,
// and hands them back for download. What a module accepts is its `FileRules`.

/**
 * The media types a use accepts, each with the short name messages use. Office files are ZIP containers that
 * `file-type` tells apart by their parts; the binary formats before 2007 (OLE containers) are left out, as
 * their detection cannot tell a Word file from an installer.
 */
export const mediaTypeNames = {
  'application/pdf': 'PDF',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
  'image/webp': 'WebP',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word (.docx)',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel (.xlsx)',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint (.pptx)',
  'application/vnd.oasis.opendocument.text': 'OpenDocument (.odt)',
  'application/vnd.oasis.opendocument.spreadsheet': 'OpenDocument (.ods)',
  'application/vnd.oasis.opendocument.presentation': 'OpenDocument (.odp)',
} as const;

/** The Office formats above, for uses that take them (portfolio evidence, stored as given). */
export const officeMediaTypes = [
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.oasis.opendocument.presentation',
] as const satisfies readonly AllowedMediaType[];
export type AllowedMediaType = keyof typeof mediaTypeNames;

export interface FileRules {
  /** stored with the file (`register-evidence`) */
  purpose: string;
  accept: readonly AllowedMediaType[];
  maxBytes: number;
}

export const filesErrors = defineErrors({
  FILE_EMPTY: {
    kind: 'invalid',
    message: { nl: 'Het bestand {name} is leeg.', en: 'The file {name} is empty.' },
  },
  FILE_TOO_LARGE: {
    kind: 'too-large',
    message: {
      nl: 'Het bestand {name} is te groot: hooguit {max} MB.',
      en: 'The file {name} is too large: {max} MB at most.',
    },
  },
  /** the content is of another type than the use accepts, whatever the name or the upload header said */
  FILE_TYPE_NOT_ALLOWED: {
    kind: 'unsupported',
    message: {
      nl: 'Het bestand {name} heeft een bestandstype dat hier niet mag; toegestaan: {allowed}.',
      en: 'The file {name} is of a type not allowed here; allowed: {allowed}.',
    },
  },
  /** the request holds no file */
  FILE_MISSING: {
    kind: 'invalid',
    message: {
      nl: 'Stuur één bestand mee in het veld file (multipart/form-data).',
      en: 'Send one file in the field file (multipart/form-data).',
    },
  },
  FILE_NOT_FOUND: {
    kind: 'not-found',
    message: { nl: 'Bestand niet gevonden.', en: 'File not found.' },
  },
});
export const fileError = errorFactory(filesErrors);

/** The refusal of a file over the limit, which names the limit in megabytes (at most one decimal). */
export function fileTooLarge(name: string, maxBytes: number) {
  return fileError('FILE_TOO_LARGE', { name, max: String(Math.round((maxBytes / (1024 * 1024)) * 10) / 10) });
}

/**
 * The media type of `content` as its bytes say (magic numbers, via `file-type`), refused when empty, too
 * large, or not one of the types the use accepts. The name and the header of the upload are never trusted.
 */
export async function detectMediaType(
  content: Uint8Array,
  fileName: string,
  rules: FileRules,
): Promise<AllowedMediaType> {
  if (content.byteLength === 0) throw fileError('FILE_EMPTY', { name: fileName });
  if (content.byteLength > rules.maxBytes) {
    throw fileTooLarge(fileName, rules.maxBytes);
  }
  const detected = await fileTypeFromBuffer(content);
  const mime = detected?.mime as AllowedMediaType | undefined;
  if (!mime || !rules.accept.includes(mime)) {
    throw fileError('FILE_TYPE_NOT_ALLOWED', {
      name: fileName,
      allowed: rules.accept.map((type) => mediaTypeNames[type]).join(', '),
    });
  }
  return mime;
}

/**
 * The file name as shown and offered again on download: without any folder part, control characters or
 * surrounding spaces, at most 200 characters; `file` when nothing is left.
 */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
  const cleaned = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return cleaned.slice(0, 200) || 'file';
}

/** `Content-Disposition` for a download: an ASCII fallback name and the exact name (RFC 6266, 5987). */
export function contentDisposition(fileName: string, disposition: 'attachment' | 'inline' = 'attachment') {
  const fallback = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${disposition}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

export interface StoredFileInfo {
  id: string;
  purpose: string;
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
  uploadedBy: string | null;
  uploadedAt: Date;
}

const infoColumns = {
  id: storedFiles.id,
  purpose: storedFiles.purpose,
  fileName: storedFiles.fileName,
  mediaType: storedFiles.mediaType,
  size: storedFiles.size,
  sha256: storedFiles.sha256,
  uploadedBy: storedFiles.uploadedBy,
  uploadedAt: storedFiles.uploadedAt,
};

export interface StoreFileInput {
  content: Uint8Array;
  fileName: string;
  rules: FileRules;
  uploadedBy: string | null;
}

/** Checks a file (see `detectMediaType`) and stores it; call inside the transaction that links it. */
export async function storeFile(tx: Executor, input: StoreFileInput): Promise<StoredFileInfo> {
  const fileName = cleanFileName(input.fileName);
  const mediaType = await detectMediaType(input.content, fileName, input.rules);
  const content = Buffer.from(input.content.buffer, input.content.byteOffset, input.content.byteLength);
  const [row] = await tx
    .insert(storedFiles)
    .values({
      purpose: input.rules.purpose,
      content,
      sha256: createHash('sha256').update(content).digest('hex'),
      size: content.byteLength,
      mediaType,
      fileName,
      uploadedBy: input.uploadedBy,
    })
    .returning(infoColumns);
  if (!row) throw new Error('insert into stored_files returned no row');
  return row;
}

/** A file's description without its bytes; undefined when there is none. */
export async function findFileInfo(db: Executor, id: string): Promise<StoredFileInfo | undefined> {
  const [row] = await db.select(infoColumns).from(storedFiles).where(eq(storedFiles.id, id));
  return row;
}

/** A file with its bytes, for a download; undefined when there is none. */
export async function readStoredFile(
  db: Executor,
  id: string,
): Promise<(StoredFileInfo & { content: Buffer }) | undefined> {
  const [row] = await db
    .select({ ...infoColumns, content: storedFiles.content })
    .from(storedFiles)
    .where(eq(storedFiles.id, id));
  return row;
}

/** Removes files once nothing links them any more; call inside the transaction that unlinked them. */
export async function deleteStoredFiles(tx: Executor, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await tx.delete(storedFiles).where(inArray(storedFiles.id, [...ids]));
}
