import type { ChildProcess } from 'node:child_process';

/** Where global setup leaves the embedded databases for global teardown (same process). */
export const EMBEDDED_HANDLE = Symbol.for('cadre-assessment.test.embedded');

export interface EmbeddedHandle {
  templateDir: string;
  servers: { child: ChildProcess; dataDir: string }[];
}
