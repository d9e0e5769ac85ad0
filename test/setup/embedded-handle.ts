/** Where global setup leaves the embedded database for global teardown (same process). */
export const EMBEDDED_HANDLE = Symbol.for('cadre-assessment.test.embedded');
