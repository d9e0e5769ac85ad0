import {
  type AuditContent,
  AuditChainVerifier,
  type ChainedAuditEvent,
  GENESIS_HASH,
  auditHash,
  canonicalJson,
} from './hash-chain';

/** Rebuilds an object with its keys in reverse order at every depth, as a jsonb round trip may. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value instanceof Date) return value;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .reverse()
        .map(([k, v]) => [k, reverseKeys(v)]),
    );
  }
  return value;
}

/** Rotates the key order by one at every depth (a different permutation than reversal). */
function rotateKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(rotateKeys);
  if (value instanceof Date) return value;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, rotateKeys(v)] as const);
    const [first, ...rest] = entries;
    return Object.fromEntries(first ? [...rest, first] : []);
  }
  return value;
}

const baseContent: AuditContent = {
  occurredAt: new Date('2025-03-01T08:30:00.000Z'),
  actorId: '11111111-1111-4111-8111-111111111111',
  actorRole: 'ORG_ADMIN',
  action: 'user.create',
  targetType: 'user',
  targetId: '22222222-2222-4222-8222-222222222222',
  before: null,
  after: { username: 'zhangsan', role: 'ORG_STAFF', unit: { id: 'u1', name: '组织部' } },
  requestId: 'req-1',
};

function buildChain(contents: AuditContent[], start = GENESIS_HASH): ChainedAuditEvent[] {
  const events: ChainedAuditEvent[] = [];
  let prevHash = start;
  contents.forEach((content, i) => {
    const hash = auditHash(prevHash, content);
    events.push({ ...content, id: `e${i + 1}`, prevHash, hash });
    prevHash = hash;
  });
  return events;
}

function verify(events: ChainedAuditEvent[], start?: string) {
  const verifier = new AuditChainVerifier(start);
  for (const event of events) {
    const problem = verifier.check(event);
    if (problem) return { problem, checked: verifier.checked };
  }
  return { problem: null, checked: verifier.checked };
}

function contentAt(i: number): AuditContent {
  return {
    ...baseContent,
    occurredAt: new Date(Date.UTC(2025, 2, 1, 8, i)),
    action: `action.${i}`,
    targetId: `target-${i}`,
    before: i === 0 ? null : { version: i, tags: ['a', 'b'], nested: { z: i, a: `v${i}` } },
    after: { version: i + 1, tags: ['a', 'b', 'c'], nested: { z: i + 1, a: `v${i + 1}`, deeper: { y: [1, { q: 1, b: 2 }], x: null } } },
    requestId: `req-${i}`,
  };
}

describe('canonicalJson', () => {
  const keyOrderCases: Array<[string, unknown]> = [
    ['flat object', { b: 1, a: 2, c: 3 }],
    ['two levels', { z: { y: 1, x: 2 }, a: { d: 'd', c: 'c' } }],
    ['three levels', { outer: { middle: { inner2: 2, inner1: 1 }, m0: 0 }, first: true }],
    ['four levels with mixed values', { k: { j: { i: { h: null, g: false, f: 1.5, e: 'é' } } }, a: 'x' }],
    ['objects inside arrays', { list: [{ b: 1, a: 2 }, { d: [{ f: 1, e: 2 }], c: 3 }], other: [] }],
    ['arrays inside objects inside arrays', [{ y: [{ n: 2, m: 1 }], x: 0 }, [{ b: 'b', a: 'a' }]]],
    ['Chinese and special keys', { 姓名: '张三', 单位: '组织部', 'a"b': 1, 'a b': 2, A: 3, a: 4, _: 5 }],
    ['numeric-looking keys', { '10': 'ten', '2': 'two', '1': 'one', b: 'b' }],
    ['dates nested', { when: { to: new Date('2025-12-31T00:00:00Z'), from: new Date('2025-01-01T00:00:00Z') } }],
  ];

  it.each(keyOrderCases)('is key-order independent at every depth: %s', (_name, value) => {
    const canonical = canonicalJson(value);
    expect(canonicalJson(reverseKeys(value))).toBe(canonical);
    expect(canonicalJson(rotateKeys(value))).toBe(canonical);
  });

  it.each(keyOrderCases)('produces valid JSON that round-trips to an equal value: %s', (_name, value) => {
    const canonical = canonicalJson(value);
    // Dates become strings, so compare against JSON.stringify's view of the value.
    expect(JSON.parse(canonical)).toEqual(JSON.parse(JSON.stringify(value)));
  });

  it.each<[string, unknown, string]>([
    ['sorted flat keys', { b: 1, a: 2 }, '{"a":2,"b":1}'],
    ['sorted nested keys', { b: { d: 1, c: 2 }, a: [{ f: 1, e: 2 }] }, '{"a":[{"e":2,"f":1}],"b":{"c":2,"d":1}}'],
    ['keys sorted by code unit (upper case first)', { b: 1, B: 2, a: 3, A: 4 }, '{"A":4,"B":2,"a":3,"b":1}'],
    ['array order preserved', [3, 1, 2], '[3,1,2]'],
    ['null', null, 'null'],
    ['undefined at top level', undefined, 'null'],
    ['string', 'x"y', '"x\\"y"'],
    ['number', 42.5, '42.5'],
    ['boolean', false, 'false'],
    ['empty object', {}, '{}'],
    ['empty array', [], '[]'],
    ['date at top level', new Date('2025-03-01T08:30:00.000Z'), '"2025-03-01T08:30:00.000Z"'],
    ['date nested', { at: new Date(Date.UTC(2024, 1, 29, 23, 59, 59, 7)) }, '{"at":"2024-02-29T23:59:59.007Z"}'],
    ['dates in arrays', [new Date(0)], '["1970-01-01T00:00:00.000Z"]'],
    ['undefined key dropped', { a: 1, b: undefined }, '{"a":1}'],
    ['undefined key dropped when nested', { x: { a: undefined, b: 2 }, y: undefined }, '{"x":{"b":2}}'],
    ['object of only undefined keys', { a: undefined }, '{}'],
    ['undefined inside an array becomes null (as in JSON)', [1, undefined, 2], '[1,null,2]'],
    ['null values kept', { a: null }, '{"a":null}'],
  ])('serializes %s', (_name, value, expected) => {
    expect(canonicalJson(value)).toBe(expected);
  });

  it('gives the same text for a value with undefined keys and the same value without them', () => {
    expect(canonicalJson({ a: 1, b: undefined, c: { d: undefined, e: 2 } })).toBe(canonicalJson({ c: { e: 2 }, a: 1 }));
  });

  it('distinguishes a date from a different instant', () => {
    expect(canonicalJson({ at: new Date(1000) })).not.toBe(canonicalJson({ at: new Date(1001) }));
  });

  it('distinguishes values that differ only deep inside', () => {
    expect(canonicalJson({ a: { b: { c: [1, { d: 1 }] } } })).not.toBe(canonicalJson({ a: { b: { c: [1, { d: 2 }] } } }));
  });

  it('matches what a jsonb round trip (JSON.stringify then parse) hashes to', () => {
    const written = { z: { when: new Date('2025-06-01T00:00:00Z'), skip: undefined, list: [{ b: 1, a: 2 }] }, a: 'x' };
    const readBack = reverseKeys(JSON.parse(JSON.stringify(written)));
    expect(canonicalJson(readBack)).toBe(canonicalJson(written));
  });
});

describe('auditHash', () => {
  const reference = auditHash(GENESIS_HASH, baseContent);

  it('is a 64-character lower-case hex sha256', () => {
    expect(reference).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is deterministic', () => {
    expect(auditHash(GENESIS_HASH, { ...baseContent })).toBe(reference);
  });

  const changes: Array<[keyof AuditContent, unknown]> = [
    ['occurredAt', new Date('2025-03-01T08:30:00.001Z')],
    ['actorId', '33333333-3333-4333-8333-333333333333'],
    ['actorId', null],
    ['actorRole', 'ORG_STAFF'],
    ['actorRole', null],
    ['action', 'user.update'],
    ['targetType', 'unit'],
    ['targetType', null],
    ['targetId', '44444444-4444-4444-8444-444444444444'],
    ['targetId', null],
    ['before', { username: 'zhangsan' }],
    ['after', { username: 'zhangsan', role: 'ORG_ADMIN', unit: { id: 'u1', name: '组织部' } }],
    ['after', { username: 'zhangsan', role: 'ORG_STAFF', unit: { id: 'u1', name: '宣传部' } }],
    ['after', null],
    ['requestId', 'req-2'],
    ['requestId', null],
  ];

  it.each(changes)('changes when %s changes (to %p)', (field, value) => {
    const changed = { ...baseContent, [field]: value } as AuditContent;
    expect(auditHash(GENESIS_HASH, changed)).not.toBe(reference);
  });

  it('changes when before and after are swapped', () => {
    const swapped = { ...baseContent, before: baseContent.after, after: baseContent.before };
    expect(auditHash(GENESIS_HASH, swapped)).not.toBe(reference);
  });

  it.each(['1'.repeat(64), 'f'.repeat(64), auditHash(GENESIS_HASH, { ...baseContent, action: 'other' })])(
    'changes when prevHash changes (%s)',
    (prevHash) => {
      expect(auditHash(prevHash, baseContent)).not.toBe(reference);
    },
  );

  it('does not change when before/after keys are reordered at any depth', () => {
    const reordered = { ...baseContent, after: reverseKeys(baseContent.after), before: reverseKeys({ b: { d: 1, c: 2 }, a: 1 }) };
    const original = { ...baseContent, before: { a: 1, b: { c: 2, d: 1 } } };
    expect(auditHash(GENESIS_HASH, reordered)).toBe(auditHash(GENESIS_HASH, original));
  });

  it('treats an undefined before the same as null', () => {
    expect(auditHash(GENESIS_HASH, { ...baseContent, before: undefined })).toBe(reference);
  });
});

describe('AuditChainVerifier', () => {
  const contents = Array.from({ length: 6 }, (_, i) => contentAt(i));

  it('accepts a correctly built chain of several events and counts each one', () => {
    const events = buildChain(contents);
    expect(verify(events)).toEqual({ problem: null, checked: 6 });
  });

  it('starts at GENESIS_HASH by default and rejects a chain started elsewhere', () => {
    const events = buildChain(contents, 'a'.repeat(64));
    expect(verify(events).problem).toEqual({ id: 'e1', reason: 'PREVIOUS_HASH_MISMATCH' });
    expect(verify(events, 'a'.repeat(64))).toEqual({ problem: null, checked: 6 });
  });

  it('verifies a log in pages, each page starting from the last hash of the previous one', () => {
    const events = buildChain(contents);
    expect(verify(events.slice(0, 3))).toEqual({ problem: null, checked: 3 });
    expect(verify(events.slice(3), events[2]!.hash)).toEqual({ problem: null, checked: 3 });
  });

  const alterations: Array<[string, (e: ChainedAuditEvent) => ChainedAuditEvent]> = [
    ['action', (e) => ({ ...e, action: 'user.delete' })],
    ['actorId', (e) => ({ ...e, actorId: 'someone-else' })],
    ['actorRole', (e) => ({ ...e, actorRole: null })],
    ['occurredAt', (e) => ({ ...e, occurredAt: new Date(e.occurredAt.getTime() + 1) })],
    ['targetType', (e) => ({ ...e, targetType: 'cadre' })],
    ['targetId', (e) => ({ ...e, targetId: 'another-target' })],
    ['before', (e) => ({ ...e, before: { version: 999 } })],
    ['after (deep value)', (e) => ({ ...e, after: { ...(e.after as Record<string, unknown>), nested: { z: 0, a: 'forged' } } })],
    ['requestId', (e) => ({ ...e, requestId: null })],
    ['hash itself', (e) => ({ ...e, hash: 'b'.repeat(64) })],
  ];

  it.each(alterations)('reports CONTENT_HASH_MISMATCH with the id of an event whose %s was altered', (_field, alter) => {
    const events = buildChain(contents);
    events[3] = alter(events[3]!);
    expect(verify(events)).toEqual({ problem: { id: 'e4', reason: 'CONTENT_HASH_MISMATCH' }, checked: 4 });
  });

  it('reports an altered first and last event', () => {
    const first = buildChain(contents);
    first[0] = { ...first[0]!, action: 'forged' };
    expect(verify(first)).toEqual({ problem: { id: 'e1', reason: 'CONTENT_HASH_MISMATCH' }, checked: 1 });

    const last = buildChain(contents);
    last[5] = { ...last[5]!, action: 'forged' };
    expect(verify(last)).toEqual({ problem: { id: 'e6', reason: 'CONTENT_HASH_MISMATCH' }, checked: 6 });
  });

  it('reports PREVIOUS_HASH_MISMATCH on the event after a deleted middle event', () => {
    const events = buildChain(contents);
    const withoutThird = events.filter((e) => e.id !== 'e3');
    expect(verify(withoutThird)).toEqual({ problem: { id: 'e4', reason: 'PREVIOUS_HASH_MISMATCH' }, checked: 3 });
  });

  it('reports PREVIOUS_HASH_MISMATCH when the first event is deleted', () => {
    const events = buildChain(contents).slice(1);
    expect(verify(events)).toEqual({ problem: { id: 'e2', reason: 'PREVIOUS_HASH_MISMATCH' }, checked: 1 });
  });

  it('reports PREVIOUS_HASH_MISMATCH for reordered events', () => {
    const events = buildChain(contents);
    const swapped = [events[0]!, events[1]!, events[3]!, events[2]!, events[4]!, events[5]!];
    expect(verify(swapped)).toEqual({ problem: { id: 'e4', reason: 'PREVIOUS_HASH_MISMATCH' }, checked: 3 });
  });

  it('reports a re-hashed forgery because the next event still links to the original hash', () => {
    const events = buildChain(contents);
    const forged = { ...events[2]!, action: 'forged' };
    forged.hash = auditHash(forged.prevHash, forged);
    events[2] = forged;
    expect(verify(events)).toEqual({ problem: { id: 'e4', reason: 'PREVIOUS_HASH_MISMATCH' }, checked: 4 });
  });

  it('does not advance past a broken event: the following correct event is reported too', () => {
    const events = buildChain(contents);
    const verifier = new AuditChainVerifier();
    expect(verifier.check(events[0]!)).toBeNull();
    expect(verifier.check({ ...events[1]!, action: 'forged' })).toEqual({ id: 'e2', reason: 'CONTENT_HASH_MISMATCH' });
    // The expected previous hash is still e1's, so e3 (linking to e2) does not link.
    expect(verifier.check(events[2]!)).toEqual({ id: 'e3', reason: 'PREVIOUS_HASH_MISMATCH' });
    expect(verifier.checked).toBe(3);
  });

  it('still verifies a chain whose before/after objects had their keys reordered (as jsonb does)', () => {
    const events = buildChain(contents);
    const readBack = events.map((e) => ({
      ...e,
      before: reverseKeys(JSON.parse(JSON.stringify(e.before))),
      after: rotateKeys(JSON.parse(JSON.stringify(e.after))),
    }));
    // The reordering really happened.
    expect(Object.keys(readBack[1]!.after as object)).not.toEqual(Object.keys(events[1]!.after as object));
    expect(verify(readBack)).toEqual({ problem: null, checked: 6 });
  });

  it('still verifies a chain whose before/after carried dates and undefined keys written through jsonb', () => {
    const written = [
      { ...contentAt(0), after: { at: new Date('2025-05-05T05:05:05.005Z'), gone: undefined, keep: 1 } },
      { ...contentAt(1), before: { at: new Date('2025-05-05T05:05:05.005Z'), keep: 1 }, after: { keep: 2, removed: undefined } },
    ];
    const events = buildChain(written);
    const readBack = events.map((e) => ({
      ...e,
      before: reverseKeys(JSON.parse(JSON.stringify(e.before))),
      after: reverseKeys(JSON.parse(JSON.stringify(e.after))),
    }));
    expect(verify(readBack)).toEqual({ problem: null, checked: 2 });
  });
});
