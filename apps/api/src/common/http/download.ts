import type { FastifyReply } from 'fastify';
import { EVIDENCE_CONTENT_TYPES, type EvidenceType } from '@app/domain';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Headers for a file download; the Chinese name survives every browser (RFC 6266 / 5987). */
export function attachment(reply: FastifyReply, filename: string, contentType = XLSX_TYPE): FastifyReply {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return reply
    .header('content-type', contentType)
    .header('content-disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`);
}

/** Sends a stored upload (evidence, a dossier material) under its own name, as the type its content was recognized as. */
export function sendStoredFile(reply: FastifyReply, file: { filename: string; type: EvidenceType; data: Buffer }): FastifyReply {
  return attachment(reply, file.filename, EVIDENCE_CONTENT_TYPES[file.type]).header('x-content-type-options', 'nosniff').send(file.data);
}
