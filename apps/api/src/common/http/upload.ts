import { createHash } from 'node:crypto';
import { PayloadTooLargeException } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { DomainError, type EvidenceType, evidenceTypeOf } from '@app/domain';
import { inspectZip, ZipRejectedError } from '@app/excel';

export interface UploadedFile {
  filename: string;
  data: Buffer;
}

/**
 * The one file of a multipart upload, at most `maxBytes` (Fastify answers 413 beyond).
 * The limit is per route: a roster is small, evidence may be larger.
 */
export async function uploadedFile(request: FastifyRequest, maxBytes: number): Promise<UploadedFile> {
  if (!request.isMultipart()) throw DomainError.invalidInput('file', 'must be sent as multipart/form-data', '请以文件上传的方式提交');
  let part;
  try {
    part = await request.file({ limits: { fileSize: maxBytes, files: 1, fields: 5, parts: 6 } });
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode === 413) throw error;
    throw DomainError.invalidInput('file', 'is not a readable multipart upload', '文件上传不完整，请重新上传');
  }
  if (!part) throw DomainError.invalidInput('file', 'is missing', '请选择要上传的文件');
  try {
    return { filename: part.filename, data: await part.toBuffer() };
  } catch (error) {
    // Fastify's 413 names no limit, and each route has its own: the clerk is told this one.
    if ((error as { code?: unknown }).code === 'FST_REQ_FILE_TOO_LARGE') {
      throw new PayloadTooLargeException({
        statusCode: 413,
        error: 'Payload Too Large',
        message: (error as Error).message,
        details: { limitBytes: maxBytes, inChinese: `文件不能超过 ${inMegabytes(maxBytes)} MB` },
      });
    }
    throw error;
  }
}

function inMegabytes(bytes: number): string {
  return String(Math.round((bytes / (1024 * 1024)) * 10) / 10);
}

/** What an evidence file or material is, by its content; a clear 400 naming `file` otherwise. */
export function recognizedFile(file: UploadedFile): { filename: string; type: EvidenceType; size: number; sha256: string; data: Buffer } {
  let zipEntries: string[] | undefined;
  if (file.data.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) {
    try {
      zipEntries = inspectZip(file.data);
    } catch (error) {
      if (error instanceof ZipRejectedError) throw DomainError.invalidInput('file', error.reason, '文件结构异常，无法安全读取');
      throw error;
    }
  }
  // A macro-enabled document renamed .docx or .xlsx still carries its macros.
  if (zipEntries?.some((name) => /(^|\/)vbaProject\.bin$/.test(name))) throw DomainError.invalidInput('file', 'macro-enabled documents are not accepted', '不接受含宏的文档');
  const type = evidenceTypeOf(file.data, zipEntries);
  if (!type) throw DomainError.invalidInput('file', 'must be a PDF, JPG, PNG, Word (.docx) or Excel (.xlsx) file', '只接受 PDF、JPG、PNG、Word（.docx）或 Excel（.xlsx）文件');
  return { filename: cleanFilename(file.filename), type, size: file.data.length, sha256: createHash('sha256').update(file.data).digest('hex'), data: file.data };
}

/** A name to show and to download under: no path, no control characters. */
function cleanFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? 'file';
  return base.replace(/[\u0000-\u001f\u007f]/g, '').slice(0, 200) || 'file';
}
