import { createHash } from 'node:crypto';

/** The part of an audit event that its hash covers. */
export interface AuditContent {
  occurredAt: Date;
  actorId: string | null;
  actorRole: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
}

export interface ChainedAuditEvent extends AuditContent {
  id: string;
  prevHash: string;
  hash: string;
}

/** The previous hash of the first event. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * JSON with object keys sorted at every depth, so that a value read back from a
 * jsonb column (which reorders keys) hashes the same as the value written.
 */
export function canonicalJson(value: unknown): string {
  if (value === undefined || value === null) return 'null';
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The canonical JSON of the part of an event its hash covers. */
export function auditBody(content: AuditContent): string {
  return canonicalJson({
    occurredAt: content.occurredAt.toISOString(),
    actorId: content.actorId,
    actorRole: content.actorRole,
    action: content.action,
    targetType: content.targetType,
    targetId: content.targetId,
    before: content.before ?? null,
    after: content.after ?? null,
    requestId: content.requestId,
  });
}

/**
 * sha256 of the previous hash, a newline and the event's body. The database computes the
 * same when it links an event (chain_audit_event, migration AuditChainAtCommit); this one
 * verifies the chain.
 */
export function auditHash(prevHash: string, content: AuditContent): string {
  return createHash('sha256').update(prevHash).update('\n').update(auditBody(content)).digest('hex');
}

export type ChainBreak = { id: string; reason: 'PREVIOUS_HASH_MISMATCH' | 'CONTENT_HASH_MISMATCH' };

/**
 * Checks events in chain order, one at a time, so that a long log is verified in
 * pages without holding it in memory. `expectedPrevHash` is the hash of the event
 * before the first one given (GENESIS_HASH at the start of the log).
 */
export class AuditChainVerifier {
  private expectedPrevHash: string;
  checked = 0;

  constructor(expectedPrevHash: string = GENESIS_HASH) {
    this.expectedPrevHash = expectedPrevHash;
  }

  /** Returns the first problem with this event, or null when it links and hashes correctly. */
  check(event: ChainedAuditEvent): ChainBreak | null {
    this.checked += 1;
    if (event.prevHash !== this.expectedPrevHash) return { id: event.id, reason: 'PREVIOUS_HASH_MISMATCH' };
    if (auditHash(event.prevHash, event) !== event.hash) return { id: event.id, reason: 'CONTENT_HASH_MISMATCH' };
    this.expectedPrevHash = event.hash;
    return null;
  }
}
