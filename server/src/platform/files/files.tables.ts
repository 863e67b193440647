import { sql } from 'drizzle-orm';
import { check, customType, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** PostgreSQL `bytea` as a Node Buffer (node-postgres gives a Buffer, PGlite a Uint8Array). */
const bytea = customType<{ data: Buffer; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/**
 * Uploaded or generated files (register evidence, certificates, later portfolios), the bytes kept in the
 * database: one transaction covers a file and the row that links it, and one backup holds both, on PGlite
 * and PostgreSQL alike. List queries never select `content`.
 */
export const storedFiles = pgTable(
  'stored_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** what the file is for (`register-evidence`, `register-certificate`, …); decides the allowed types */
    purpose: text('purpose').notNull(),
    content: bytea('content').notNull(),
    /** hex SHA-256 of the content */
    sha256: text('sha256').notNull(),
    size: integer('size').notNull(),
    /** detected from the content, never taken from the upload's header or name */
    mediaType: text('media_type').notNull(),
    /** the name the file had on the uploader's computer, for downloads */
    fileName: text('file_name').notNull(),
    /** null for a file the application made (a certificate) */
    uploadedBy: uuid('uploaded_by'),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('stored_files_uploaded_by_idx').on(t.uploadedBy),
    check('stored_files_size_check', sql`${t.size} > 0 AND ${t.size} = octet_length(${t.content})`),
    check('stored_files_sha256_check', sql`${t.sha256} ~ '^[0-9a-f]{64}$'`),
  ],
);
