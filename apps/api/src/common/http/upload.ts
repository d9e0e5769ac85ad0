import type { FastifyRequest } from 'fastify';
import { DomainError } from '@app/domain';

export interface UploadedFile {
  filename: string;
  data: Buffer;
}

/**
 * The one file of a multipart upload, at most `maxBytes` (Fastify answers 413 beyond).
 * The limit is per route: a roster is small, evidence may be larger.
 */
export async function uploadedFile(request: FastifyRequest, maxBytes: number): Promise<UploadedFile> {
  if (!request.isMultipart()) throw DomainError.invalidInput('file', 'must be sent as multipart/form-data');
  let part;
  try {
    part = await request.file({ limits: { fileSize: maxBytes, files: 1, fields: 5, parts: 6 } });
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode === 413) throw error;
    throw DomainError.invalidInput('file', 'is not a readable multipart upload');
  }
  if (!part) throw DomainError.invalidInput('file', 'is missing');
  return { filename: part.filename, data: await part.toBuffer() };
}
