import { deflateRawSync, crc32 } from 'node:zlib';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { inspectZip, XLSX_UPLOAD_LIMITS, type ZipLimits, ZipRejectedError } from './zip-guard';

/**
 * A tiny zip writer, so each field the guard reads can be made to lie. By default it
 * writes an honest archive: local header + data for each entry, the central directory,
 * the end record.
 */
interface ZipEntry {
  name: string;
  /** The uncompressed content. */
  content?: Buffer;
  /** 0 stored, 8 deflated (the default), anything else written as is. */
  method?: number;
  /** Bytes written as the entry's data instead of the (compressed) content. */
  data?: Buffer;
  /** Overrides of the central directory's claims. */
  declaredSize?: number;
  declaredCompressedSize?: number;
  localOffset?: number;
}

interface ZipOptions {
  entryCount?: number;
  directoryOffset?: number;
  comment?: string;
}

function zip(entries: ZipEntry[], options: ZipOptions = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const content = entry.content ?? Buffer.alloc(0);
    const method = entry.method ?? 8;
    const data = entry.data ?? (method === 8 ? deflateRawSync(content) : content);
    const name = Buffer.from(entry.name, 'utf8');
    const crc = crc32(content);
    const compressedSize = entry.declaredCompressedSize ?? data.length;
    const size = entry.declaredSize ?? content.length;

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // flags: UTF-8 names
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressedSize, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, name, data);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // version made by
    central.writeUInt16LE(20, 6); // version needed
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressedSize, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(entry.localOffset ?? offset, 42);
    centrals.push(central, name);

    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const comment = Buffer.from(options.comment ?? '', 'utf8');
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(options.entryCount ?? entries.length, 8);
  end.writeUInt16LE(options.entryCount ?? entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(options.directoryOffset ?? offset, 16);
  end.writeUInt16LE(comment.length, 20);
  return Buffer.concat([...locals, directory, end, comment]);
}

const text = (s: string) => Buffer.from(s, 'utf8');
const zeros = (n: number) => Buffer.alloc(n);
const SMALL: ZipLimits = { maxEntries: 5, maxTotalBytes: 1000 };

/** The reason inspectZip gives, or null when it accepts. */
function rejection(buffer: Buffer, limits?: ZipLimits): string | null {
  try {
    inspectZip(buffer, limits);
    return null;
  } catch (error) {
    if (error instanceof ZipRejectedError) return error.reason;
    throw error;
  }
}

async function realXlsx(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('花名册');
  sheet.addRow(['姓名', '性别']);
  sheet.addRow(['张伟', '男']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('ZipRejectedError', () => {
  it('carries its reason in the message', () => {
    const error = new ZipRejectedError('too many entries (9)');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ZipRejectedError');
    expect(error.reason).toBe('too many entries (9)');
    expect(error.message).toBe('the file is not an acceptable .xlsx: too many entries (9)');
  });
});

describe('XLSX_UPLOAD_LIMITS', () => {
  it('is 500 entries and 50 MiB inflated', () => {
    expect(XLSX_UPLOAD_LIMITS).toEqual({ maxEntries: 500, maxTotalBytes: 52_428_800 });
  });
});

describe('inspectZip', () => {
  it('accepts a real .xlsx written by exceljs and lists its entries', async () => {
    const names = inspectZip(await realXlsx());
    expect(names).toEqual(expect.arrayContaining(['[Content_Types].xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']));
  });

  it('accepts a real .xlsx under limits just big enough for it, and refuses it one below', async () => {
    const buffer = await realXlsx();
    const names = inspectZip(buffer);
    expect(rejection(buffer, { maxEntries: names.length, maxTotalBytes: 10_000_000 })).toBeNull();
    expect(rejection(buffer, { maxEntries: names.length - 1, maxTotalBytes: 10_000_000 })).toBe(`too many entries (${names.length})`);
    expect(rejection(buffer, { maxEntries: 500, maxTotalBytes: 100 })).toBe('too large once decompressed');
  });

  describe('hand-built archives', () => {
    it.each<[string, Buffer, ZipLimits | undefined, string | null]>([
      ['one deflated entry', zip([{ name: 'a.xml', content: text('<a/>') }]), undefined, null],
      ['one stored entry', zip([{ name: 'a.txt', content: text('hello'), method: 0 }]), undefined, null],
      ['an empty stored entry', zip([{ name: 'dir/', method: 0 }]), undefined, null],
      ['an empty archive', zip([]), undefined, null],
      ['an archive comment after the end record', zip([{ name: 'a', content: text('x') }], { comment: 'made by hand' }), undefined, null],
      ['a non-ASCII name', zip([{ name: 'xl/表.xml', content: text('x') }]), undefined, null],

      ['5 entries with at most 5', zip(Array.from({ length: 5 }, (_, i) => ({ name: `e${i}`, content: text('x') }))), SMALL, null],
      ['6 entries with at most 5', zip(Array.from({ length: 6 }, (_, i) => ({ name: `e${i}`, content: text('x') }))), SMALL, 'too many entries (6)'],
      ['501 entries by default', zip(Array.from({ length: 501 }, (_, i) => ({ name: `e${i}`, method: 0 }))), undefined, 'too many entries (501)'],
      ['500 entries by default', zip(Array.from({ length: 500 }, (_, i) => ({ name: `e${i}`, method: 0 }))), undefined, null],

      ['exactly the total limit, deflated', zip([{ name: 'z', content: zeros(1000) }]), SMALL, null],
      ['one byte over the total limit, deflated', zip([{ name: 'z', content: zeros(1001) }]), SMALL, 'too large once decompressed'],
      ['exactly the total limit, stored', zip([{ name: 'z', content: zeros(1000), method: 0 }]), SMALL, null],
      ['over the limit across several entries', zip([400, 400, 201].map((n, i) => ({ name: `z${i}`, content: zeros(n) }))), SMALL, 'too large once decompressed'],
      [
        'declared total over the limit although the data is small',
        zip([{ name: 'z', content: text('x'), declaredSize: 5000 }]),
        SMALL,
        'too large once decompressed',
      ],
      [
        'a stored entry claiming a small size, counted by its data',
        zip([{ name: 'z', content: zeros(1500), method: 0, declaredSize: 10 }]),
        SMALL,
        'too large once decompressed',
      ],

      ['a deflated entry inflating beyond its declared size', zip([{ name: 'bomb', content: zeros(10_000), declaredSize: 100 }]), undefined, 'an entry inflates beyond its declared size or is corrupt'],
      ['a deflated entry one byte beyond its declared size', zip([{ name: 'a', content: text('abcdef'), declaredSize: 5 }]), undefined, 'an entry inflates beyond its declared size or is corrupt'],
      ['a deflated entry declared empty that inflates to one byte', zip([{ name: 'a', content: text('a'), declaredSize: 0 }]), undefined, 'an entry inflates beyond its declared size or is corrupt'],
      ['a deflated entry smaller than declared', zip([{ name: 'a', content: text('abc'), declaredSize: 50 }]), undefined, null],
      ['deflated data that is not deflate', zip([{ name: 'a', content: text('abc'), data: Buffer.from([0xff, 0xff, 0xff, 0xff]) }]), undefined, 'an entry inflates beyond its declared size or is corrupt'],
      [
        'a deflate stream cut short',
        zip([{ name: 'a', content: text('the quick brown fox jumps over the lazy dog'), data: deflateRawSync(text('the quick brown fox jumps over the lazy dog')).subarray(0, 5) }]),
        undefined,
        'an entry inflates beyond its declared size or is corrupt',
      ],

      ['compression method 12 (bzip2)', zip([{ name: 'a', content: text('x'), method: 12, data: text('x') }]), undefined, 'unsupported compression method 12'],
      ['compression method 14 (LZMA)', zip([{ name: 'a', content: text('x'), method: 14, data: text('x') }]), undefined, 'unsupported compression method 14'],
      ['compression method 9 (deflate64)', zip([{ name: 'a', content: text('x'), method: 9, data: text('x') }]), undefined, 'unsupported compression method 9'],

      ['a zip64 size marker', zip([{ name: 'a', content: text('x'), declaredSize: 0xffffffff }]), undefined, 'zip64 entries are not accepted'],
      ['a zip64 compressed size marker', zip([{ name: 'a', content: text('x'), declaredCompressedSize: 0xffffffff }]), undefined, 'zip64 entries are not accepted'],
      ['a zip64 local offset marker', zip([{ name: 'a', content: text('x'), localOffset: 0xffffffff }]), undefined, 'zip64 entries are not accepted'],
      ['a zip64 entry count', zip([{ name: 'a', content: text('x') }], { entryCount: 0xffff }), undefined, 'zip64 archives are not accepted'],
      ['a zip64 directory offset', zip([{ name: 'a', content: text('x') }], { directoryOffset: 0xffffffff }), undefined, 'zip64 archives are not accepted'],

      ['data shorter than its declared compressed size', zip([{ name: 'a', content: text('x'), method: 0, declaredCompressedSize: 100_000, declaredSize: 1 }]), undefined, 'truncated entry'],
      ['a directory offset past the end', zip([{ name: 'a', content: text('x') }], { directoryOffset: 100_000 }), undefined, 'corrupt central directory'],
      ['a directory offset pointing at data', zip([{ name: 'a', content: text('x') }], { directoryOffset: 0 }), undefined, 'corrupt central directory'],
      ['more entries counted than the directory holds', zip([{ name: 'a', content: text('x') }], { entryCount: 2 }), undefined, 'corrupt central directory'],
      ['a local offset past the end', zip([{ name: 'a', content: text('x'), localOffset: 100_000 }]), undefined, 'corrupt entry'],
      ['a local offset not at a local header', zip([{ name: 'a', content: text('xyz') }, { name: 'b', content: text('x'), localOffset: 3 }]), undefined, 'corrupt entry'],
    ])('%s', (_name, buffer, limits, expected) => {
      expect(rejection(buffer, limits)).toBe(expected);
    });

    it('returns the names in directory order', () => {
      const buffer = zip([
        { name: '[Content_Types].xml', content: text('<Types/>') },
        { name: 'xl/', method: 0 },
        { name: 'xl/workbook.xml', content: text('<workbook/>'), method: 0 },
      ]);
      expect(inspectZip(buffer)).toEqual(['[Content_Types].xml', 'xl/', 'xl/workbook.xml']);
    });

    it('refuses a bomb (tiny file, 60 MiB inflated) under the default limits, without trusting its sizes', () => {
      const content = zeros(60 * 1024 * 1024);
      const honest = zip([{ name: 'bomb', content }]);
      expect(honest.length).toBeLessThan(100_000);
      expect(rejection(honest)).toBe('too large once decompressed');
      const lying = zip([{ name: 'bomb', content, declaredSize: 1024 }]);
      expect(rejection(lying)).toBe('an entry inflates beyond its declared size or is corrupt');
    });

    it('refuses entries that stay small each but sum past the limit', () => {
      const entries = Array.from({ length: 3 }, (_, i) => ({ name: `part${i}`, content: zeros(20 * 1024 * 1024) }));
      expect(rejection(zip(entries))).toBe('too large once decompressed');
      expect(rejection(zip(entries.slice(0, 2)))).toBeNull();
    });
  });

  describe('not a zip', () => {
    it.each<[string, Buffer]>([
      ['an empty buffer', Buffer.alloc(0)],
      ['21 bytes', Buffer.alloc(21)],
      ['22 zero bytes', Buffer.alloc(22)],
      ['text', text('姓名,性别\n张伟,男\n'.repeat(10))],
      ['a PDF header', text('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n')],
      ['a zip with its end record cut off', zip([{ name: 'a', content: text('hello') }]).subarray(0, -10)],
    ])('%s', (_name, buffer) => {
      expect(rejection(buffer)).toBe('not a zip archive');
    });

    it('an end record alone is an empty archive', () => {
      expect(inspectZip(zip([]))).toEqual([]);
      expect(zip([])).toHaveLength(22);
    });

    it('refuses a real .xlsx with its first bytes cut off', async () => {
      const buffer = await realXlsx();
      const reason = rejection(buffer.subarray(10));
      expect(reason === 'corrupt central directory' || reason === 'corrupt entry').toBe(true);
    });

    it('refuses a real .xlsx cut in half', async () => {
      const buffer = await realXlsx();
      expect(rejection(buffer.subarray(0, Math.floor(buffer.length / 2)))).toBe('not a zip archive');
    });
  });

  describe('never fails with anything but ZipRejectedError', () => {
    const expectOnlyRejections = (buffer: Buffer, limits: ZipLimits = SMALL) => {
      try {
        inspectZip(buffer, limits);
      } catch (error) {
        expect(error).toBeInstanceOf(ZipRejectedError);
      }
    };

    it('on random bytes', () => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
          expectOnlyRejections(Buffer.from(bytes));
        }),
      );
    });

    it('on random bytes that end with an end-of-directory signature and random fields', () => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 200 }), fc.uint8Array({ minLength: 18, maxLength: 18 }), (body, fields) => {
          const end = Buffer.concat([Buffer.from([0x50, 0x4b, 0x05, 0x06]), Buffer.from(fields)]);
          end.writeUInt16LE(0, 20); // no comment, so the record is found at the very end
          expectOnlyRejections(Buffer.concat([Buffer.from(body), end]));
        }),
      );
    });

    it('on a valid archive with any byte changed', () => {
      const valid = zip([
        { name: 'a.xml', content: text('<a>hello hello hello</a>') },
        { name: 'b.txt', content: text('stored'), method: 0 },
      ]);
      expect(rejection(valid, SMALL)).toBeNull();
      fc.assert(
        fc.property(fc.integer({ min: 0, max: valid.length - 1 }), fc.integer({ min: 1, max: 255 }), (at, xor) => {
          const changed = Buffer.from(valid);
          changed[at] ^= xor;
          expectOnlyRejections(changed);
        }),
      );
    });

    it('on a valid archive cut anywhere', () => {
      const valid = zip([{ name: 'a.xml', content: text('<a>hello</a>') }]);
      fc.assert(
        fc.property(fc.integer({ min: 0, max: valid.length }), fc.integer({ min: 0, max: valid.length }), (a, b) => {
          const [from, to] = a <= b ? [a, b] : [b, a];
          fc.pre(to - from < valid.length);
          // Anything short of the whole archive is refused.
          expect(rejection(valid.subarray(from, to), SMALL)).not.toBeNull();
        }),
      );
    });
  });
});
