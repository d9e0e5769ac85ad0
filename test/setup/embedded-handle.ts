/** Where global setup leaves the embedded databases for global teardown (same process). */
export const EMBEDDED_HANDLE = Symbol.for('cadre-assessment.test.embedded');

export interface EmbeddedHandle {
  templateDir: string;
  servers: { stop: () => Promise<void>; dataDir: string }[];
}
