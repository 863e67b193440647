import type {} from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { fileError, fileTooLarge } from './files.js';

/**
 * The one file of a `multipart/form-data` request, in the field `file`, read into memory up to `maxBytes`
 * (the whole upload is checked by content before it is stored, so it is read whole anyway). Refuses a
 * request without one and a file over the limit, with the file-store's errors.
 */
export async function readSingleUpload(
  request: FastifyRequest,
  maxBytes: number,
): Promise<{ content: Buffer; fileName: string }> {
  if (!request.isMultipart()) throw fileError('FILE_MISSING');
  const part = await request.file({ limits: { fileSize: maxBytes, files: 1 } });
  if (part?.fieldname !== 'file') throw fileError('FILE_MISSING');
  try {
    return { content: await part.toBuffer(), fileName: part.filename };
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
      throw fileTooLarge(part.filename, maxBytes);
    }
    throw error;
  }
}
