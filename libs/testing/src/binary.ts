import type { Test } from 'supertest';

type TwoArgumentParser = Extract<Parameters<Test['parse']>[0], (res: never, callback: never) => void>;

/** A supertest parser that keeps a binary answer (an .xlsx) as a Buffer in `body`. */
export const binary: TwoArgumentParser = (res, done) => {
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(Buffer.from(chunk)));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
};
