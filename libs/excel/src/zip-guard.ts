import { inflateRawSync } from 'node:zlib';

/**
 * An .xlsx is a zip. Before a parser sees an upload, its central directory is read
 * and every entry is inflated with a hard cap on its output, so a zip bomb (tiny
 * file, gigabytes inflated, or sizes that lie) is refused with bounded memory.
 */
export interface ZipLimits {
  maxEntries: number;
  /** Sum of the inflated sizes of all entries. */
  maxTotalBytes: number;
}

export const XLSX_UPLOAD_LIMITS: ZipLimits = { maxEntries: 500, maxTotalBytes: 50 * 1024 * 1024 };

export class ZipRejectedError extends Error {
  constructor(readonly reason: string) {
    super(`the file is not an acceptable .xlsx: ${reason}`);
    this.name = 'ZipRejectedError';
  }
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const ZIP64_MARKER = 0xffffffff;

function findEndOfCentralDirectory(buffer: Buffer): number {
  const earliest = Math.max(0, buffer.length - 22 - 0xffff);
  for (let offset = buffer.length - 22; offset >= earliest; offset--) {
    if (buffer.readUInt32LE(offset) === EOCD_SIGNATURE) return offset;
  }
  throw new ZipRejectedError('not a zip archive');
}

/** Throws ZipRejectedError unless the archive is within the limits; returns the entry names. */
export function inspectZip(buffer: Buffer, limits: ZipLimits = XLSX_UPLOAD_LIMITS): string[] {
  const names: string[] = [];
  visitZip(buffer, limits, (name) => names.push(name));
  return names;
}

/** The inflated content of the entries `wanted` names, within the limits (checked as by inspectZip). */
export function zipContents(buffer: Buffer, wanted: (name: string) => boolean, limits: ZipLimits = XLSX_UPLOAD_LIMITS): Map<string, Buffer> {
  const contents = new Map<string, Buffer>();
  visitZip(buffer, limits, (name, content) => {
    if (wanted(name)) contents.set(name, content);
  });
  return contents;
}

function visitZip(buffer: Buffer, limits: ZipLimits, visit: (name: string, content: Buffer) => void): void {
  if (buffer.length < 22) throw new ZipRejectedError('not a zip archive');
  const eocd = findEndOfCentralDirectory(buffer);
  const entryCount = buffer.readUInt16LE(eocd + 10);
  const directoryOffset = buffer.readUInt32LE(eocd + 16);
  if (entryCount === 0xffff || directoryOffset === ZIP64_MARKER) throw new ZipRejectedError('zip64 archives are not accepted');
  if (entryCount > limits.maxEntries) throw new ZipRejectedError(`too many entries (${entryCount})`);

  let declaredTotal = 0;
  let actualTotal = 0;
  let offset = directoryOffset;
  for (let i = 0; i < entryCount; i++) {
    if (offset + 46 > buffer.length || buffer.readUInt32LE(offset) !== CENTRAL_SIGNATURE) throw new ZipRejectedError('corrupt central directory');
    const method = buffer.readUInt16LE(offset + 10);
    const compressedSize = buffer.readUInt32LE(offset + 20);
    const size = buffer.readUInt32LE(offset + 24);
    const nameLength = buffer.readUInt16LE(offset + 28);
    const extraLength = buffer.readUInt16LE(offset + 30);
    const commentLength = buffer.readUInt16LE(offset + 32);
    const localOffset = buffer.readUInt32LE(offset + 42);
    const name = buffer.toString('utf8', offset + 46, offset + 46 + nameLength);
    if (compressedSize === ZIP64_MARKER || size === ZIP64_MARKER || localOffset === ZIP64_MARKER) {
      throw new ZipRejectedError('zip64 entries are not accepted');
    }
    declaredTotal += size;
    if (declaredTotal > limits.maxTotalBytes) throw new ZipRejectedError('too large once decompressed');

    if (localOffset + 30 > buffer.length || buffer.readUInt32LE(localOffset) !== LOCAL_SIGNATURE) throw new ZipRejectedError('corrupt entry');
    const dataStart = localOffset + 30 + buffer.readUInt16LE(localOffset + 26) + buffer.readUInt16LE(localOffset + 28);
    const data = buffer.subarray(dataStart, dataStart + compressedSize);
    if (data.length !== compressedSize) throw new ZipRejectedError('truncated entry');
    let content: Buffer;
    if (method === 0) {
      content = data;
      actualTotal += compressedSize;
    } else if (method === 8) {
      // The declared size is only a claim: inflate with a cap, so a lie cannot cost memory.
      let inflated: Buffer;
      try {
        inflated = inflateRawSync(data, { maxOutputLength: Math.max(1, size) });
      } catch {
        throw new ZipRejectedError('an entry inflates beyond its declared size or is corrupt');
      }
      if (inflated.length > size) throw new ZipRejectedError('an entry inflates beyond its declared size or is corrupt');
      content = inflated;
      actualTotal += inflated.length;
    } else {
      throw new ZipRejectedError(`unsupported compression method ${method}`);
    }
    if (actualTotal > limits.maxTotalBytes) throw new ZipRejectedError('too large once decompressed');
    visit(name, content);
    offset += 46 + nameLength + extraLength + commentLength;
  }
}
