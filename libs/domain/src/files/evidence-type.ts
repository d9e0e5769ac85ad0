/** The kinds of evidence file accepted, recognized by their content, never by their name. */
export enum EvidenceType {
  Pdf = 'pdf',
  Jpeg = 'jpg',
  Png = 'png',
  Docx = 'docx',
  Xlsx = 'xlsx',
}

export const EVIDENCE_CONTENT_TYPES: Readonly<Record<EvidenceType, string>> = {
  [EvidenceType.Pdf]: 'application/pdf',
  [EvidenceType.Jpeg]: 'image/jpeg',
  [EvidenceType.Png]: 'image/png',
  [EvidenceType.Docx]: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  [EvidenceType.Xlsx]: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export const EVIDENCE_MAX_BYTES = 20 * 1024 * 1024;

const startsWith = (data: Uint8Array, signature: readonly number[]) => signature.every((byte, i) => data[i] === byte);

/**
 * What a file is by its first bytes; for a zip (docx, xlsx), by the entry names the
 * caller read from its central directory. undefined for anything else.
 */
export function evidenceTypeOf(data: Uint8Array, zipEntries?: readonly string[]): EvidenceType | undefined {
  if (startsWith(data, [0x25, 0x50, 0x44, 0x46, 0x2d])) return EvidenceType.Pdf;
  if (startsWith(data, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return EvidenceType.Png;
  if (startsWith(data, [0xff, 0xd8, 0xff])) return EvidenceType.Jpeg;
  if (startsWith(data, [0x50, 0x4b, 0x03, 0x04]) && zipEntries?.includes('[Content_Types].xml')) {
    if (zipEntries.some((name) => name.startsWith('word/'))) return EvidenceType.Docx;
    if (zipEntries.some((name) => name.startsWith('xl/'))) return EvidenceType.Xlsx;
  }
  return undefined;
}
