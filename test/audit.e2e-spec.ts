import { Gender, nationalIdFacts, Role, UnitType } from '@app/domain';
import { createTestApp, login, type Session, signIn, type TestApp, unique, uniqueNationalId } from '@app/testing';
import { AuditService } from '../apps/api/src/modules/audit/audit.service';

interface AuditRow {
  id: string;
  action: string;
  actorId: string | null;
  actorRole: string | null;
  targetType: string | null;
  targetId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  requestId: string | null;
}

describe('audit log', () => {
  let t: TestApp;
  let admin: Session;
  let leader: Session;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signIn(t, Role.OrgAdmin);
    leader = await signIn(t, Role.Leader);
  });

  afterAll(async () => {
    await t.close();
  });

  const eventsFor = async (targetId: string): Promise<AuditRow[]> => {
    const response = await leader.get(`/api/audit-log?targetId=${targetId}&pageSize=100`);
    expect(response.status).toBe(200);
    return response.body.items as AuditRow[];
  };

  it('records a login, with the user as actor and the request id', async () => {
    const user = await t.factory.newUser(Role.OrgStaff);
    const response = await t.http.post('/api/auth/login').set('x-request-id', 'audit-login-1').send({ username: user.username, password: 'correct horse battery staple' });
    expect(response.status).toBe(200);
    const [event] = await eventsFor(user.id);
    expect(event).toMatchObject({ action: 'auth.login', actorId: user.id, actorRole: 'ORG_STAFF', targetType: 'user', requestId: 'audit-login-1' });
  });

  it('records failed logins with the reason, and never the password tried', async () => {
    const user = await t.factory.newUser(Role.OrgStaff);
    await t.http.post('/api/auth/login').send({ username: user.username, password: 'my-secret-guess-123' });
    const [event] = await eventsFor(user.id);
    expect(event).toMatchObject({ action: 'auth.login_failed', actorId: user.id, after: { username: user.username, reason: 'WRONG_PASSWORD' } });
    expect(JSON.stringify(event)).not.toContain('my-secret-guess-123');

    const stranger = unique('ghost');
    await t.http.post('/api/auth/login').send({ username: stranger, password: 'whatever it is' });
    const [unknown] = await eventsFor(stranger);
    expect(unknown).toMatchObject({ action: 'auth.login_failed', actorId: null, after: { reason: 'UNKNOWN_USER' } });
  });

  it('records user creation and changes with before and after, without the password hash', async () => {
    const created = await admin.post('/api/users', { username: unique('aud'), displayName: '审计', role: 'LEADER', password: 'a long enough passphrase' });
    expect(created.status).toBe(201);
    const updated = await admin.patch(`/api/users/${created.body.id}`, { version: 1, disabled: true });
    expect(updated.status).toBe(200);

    const events = await eventsFor(created.body.id);
    expect(events.map((e) => e.action)).toEqual(['user.updated', 'user.created']);
    const [update, creation] = events;
    expect(creation).toMatchObject({ actorId: admin.user.id, actorRole: 'ORG_ADMIN', after: { role: 'LEADER', disabled: false } });
    expect(update).toMatchObject({ before: { disabled: false }, after: { disabled: true } });
    expect(JSON.stringify(events)).not.toMatch(/argon2|passwordHash|passphrase/);
  });

  it("keeps PII out of the log: a cadre's national id and phone are masked in its events", async () => {
    const unit = await t.registry.newUnit(UnitType.Sending);
    const nationalId = uniqueNationalId(Gender.Female);
    const created = await admin.post('/api/cadres', {
      name: '审计干部', gender: 'FEMALE', birthDate: nationalIdFacts(nationalId).birthDate, ethnicity: '汉族', politicalStatus: 'CPC_MEMBER',
      education: 'MASTER', homeUnitId: unit.id, position: '科员', phone: '13912345678', nationalId,
    });
    expect(created.status).toBe(201);
    const [event] = await eventsFor(created.body.id);
    expect(event.action).toBe('cadre.created');
    expect(JSON.stringify(event)).not.toContain(nationalId);
    expect(JSON.stringify(event)).not.toContain('13912345678');
    expect(event.after).toMatchObject({ nationalId: `${nationalId.slice(0, 4)}**********${nationalId.slice(-4)}`, phone: '139****5678' });
  });

  it('filters by action and actor, pages, and refuses roles without the permission', async () => {
    const page = await leader.get(`/api/audit-log?action=user.created&actorId=${admin.user.id}&pageSize=1`);
    expect(page.status).toBe(200);
    expect(page.body.pageSize).toBe(1);
    expect(page.body.items).toHaveLength(1);
    expect(page.body.items[0]).toMatchObject({ action: 'user.created', actorId: admin.user.id });

    for (const role of [Role.OrgStaff, Role.HostUnit, Role.Cadre]) {
      const session = await signIn(t, role);
      expect((await session.get('/api/audit-log')).status).toBe(403);
      expect((await session.get('/api/audit-log/verify')).status).toBe(403);
    }
    expect((await t.http.get('/api/audit-log')).status).toBe(401);
  });

  it('refuses UPDATE and DELETE on the table itself', async () => {
    await expect(t.dataSource.query(`UPDATE audit_event SET action = 'x' WHERE id = (SELECT max(id) FROM audit_event)`)).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query('DELETE FROM audit_event')).rejects.toThrow(/append-only/);
  });

  describe('hash chain', () => {
    /** Runs SQL with the append-only trigger off, as a database superuser could. */
    const tamper = (sql: string, params: unknown[]) =>
      t.dataSource.transaction(async (manager) => {
        await manager.query('ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only');
        await manager.query(sql, params);
        await manager.query('ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only');
      });

    let target: AuditRow;

    beforeAll(async () => {
      const user = await t.factory.newUser(Role.OrgStaff);
      await login(t, user.username);
      await login(t, user.username);
      [target] = (await eventsFor(user.id)).slice(-1);
    });

    it('verifies when nobody has touched it', async () => {
      const response = await leader.get('/api/audit-log/verify');
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ valid: true, firstBrokenId: null });
      expect(response.body.checked).toBeGreaterThanOrEqual(3);
    });

    it('stays one chain when many transactions append at once', async () => {
      const audit = t.app.get(AuditService);
      // More writers than connections: they queue on the chain's lock, and on the pool.
      await Promise.all(
        Array.from({ length: 24 }, (_, i) =>
          t.dataSource.transaction((manager) =>
            audit.record(manager, { user: null, requestId: `chain-${i}` }, { action: 'test.concurrent_append', targetType: 'test', targetId: String(i), after: { i, text: '并发写入' } }),
          ),
        ),
      );
      const appended: { n: number }[] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'test.concurrent_append'`);
      expect(appended[0].n).toBe(24);
      // No two events link to the same predecessor.
      const links: { events: number; predecessors: number }[] = await t.dataSource.query('SELECT count(*)::int AS events, count(DISTINCT prev_hash)::int AS predecessors FROM audit_event');
      expect(links[0].predecessors).toBe(links[0].events);
      expect((await leader.get('/api/audit-log/verify')).body).toMatchObject({ valid: true, firstBrokenId: null });
    });

    it('keeps an appended event aside until its transaction commits, and never stores one rolled back', async () => {
      const audit = t.app.get(AuditService);
      const stored = (requestId: string) => t.dataSource.query(`SELECT id, prev_hash AS "prevHash" FROM audit_event WHERE request_id = $1`, [requestId]);
      await t.dataSource.transaction(async (manager) => {
        await audit.record(manager, { user: null, requestId: 'at-commit' }, { action: 'test.at_commit' });
        expect(await manager.query(`SELECT 1 FROM audit_event WHERE request_id = 'at-commit'`)).toHaveLength(0);
      });
      const [event] = await stored('at-commit');
      expect(event).toBeDefined();
      const [previous] = await t.dataSource.query('SELECT hash FROM audit_event WHERE id < $1 ORDER BY id DESC LIMIT 1', [event.id]);
      expect(event.prevHash).toBe(previous.hash);

      await expect(
        t.dataSource.transaction(async (manager) => {
          await audit.record(manager, { user: null, requestId: 'rolled-back' }, { action: 'test.rolled_back' });
          throw new Error('the change fails after its event');
        }),
      ).rejects.toThrow('the change fails');
      expect(await stored('rolled-back')).toHaveLength(0);
      expect(await t.dataSource.query('SELECT 1 FROM audit_event_pending')).toHaveLength(0);
      expect((await leader.get('/api/audit-log/verify')).body).toMatchObject({ valid: true });
    });

    // Two transactions open at once need two connections; the embedded database serves one at a time.
    (process.env.TEST_DB === 'postgres' ? it : it.skip)('holds the chain’s lock only while committing: a writer with its event appended does not hold up another', async () => {
      const audit = t.app.get(AuditService);
      const slow = t.dataSource.createQueryRunner();
      await slow.connect();
      try {
        await slow.startTransaction();
        await audit.record(slow.manager, { user: null, requestId: 'slow-writer' }, { action: 'test.slow_writer' });
        // Appended before the slow writer commits, this one is not made to wait (lock_timeout
        // would fail it) and is linked first: the chain is in commit order.
        await t.dataSource.transaction(async (manager) => {
          await manager.query(`SET LOCAL lock_timeout = '5s'`);
          await audit.record(manager, { user: null, requestId: 'fast-writer' }, { action: 'test.fast_writer' });
        });
        await slow.commitTransaction();
      } finally {
        if (slow.isTransactionActive) await slow.rollbackTransaction();
        await slow.release();
      }
      const order: { requestId: string }[] = await t.dataSource.query(
        `SELECT request_id AS "requestId" FROM audit_event WHERE request_id IN ('slow-writer', 'fast-writer') ORDER BY id`,
      );
      expect(order.map((e) => e.requestId)).toEqual(['fast-writer', 'slow-writer']);
      expect((await leader.get('/api/audit-log/verify')).body).toMatchObject({ valid: true, firstBrokenId: null });
    });

    it('refuses to append under an isolation where the last hash could be stale', async () => {
      const audit = t.app.get(AuditService);
      await expect(
        t.dataSource.transaction('REPEATABLE READ', (manager) => audit.record(manager, { user: null, requestId: 'isolation' }, { action: 'test.isolation' })),
      ).rejects.toThrow(/READ COMMITTED only/);
      expect(await t.dataSource.query(`SELECT 1 FROM audit_event WHERE action = 'test.isolation'`)).toHaveLength(0);
    });

    it('reports the first row whose content was altered in SQL, and verifies again once it is restored', async () => {
      await tamper(`UPDATE audit_event SET after = '{"sessionId":"forged"}'::jsonb WHERE id = $1`, [target.id]);
      try {
        const response = await leader.get('/api/audit-log/verify');
        expect(response.body).toMatchObject({ valid: false, firstBrokenId: target.id, reason: 'CONTENT_HASH_MISMATCH' });
      } finally {
        await tamper('UPDATE audit_event SET after = $2::jsonb WHERE id = $1', [target.id, JSON.stringify(target.after)]);
      }
      expect((await leader.get('/api/audit-log/verify')).body).toMatchObject({ valid: true });
    });

    it('reports two rows that swapped places, and verifies again once they are back', async () => {
      const [next] = await t.dataSource.query('SELECT id FROM audit_event WHERE id > $1 ORDER BY id LIMIT 1', [target.id]);
      // Through negative ids: the primary key is checked row by row.
      const swap = async () => {
        await tamper('UPDATE audit_event SET id = -id WHERE id IN ($1, $2)', [target.id, next.id]);
        await tamper('UPDATE audit_event SET id = CASE WHEN id = -$1::bigint THEN $2::bigint ELSE $1::bigint END WHERE id IN (-$1::bigint, -$2::bigint)', [target.id, next.id]);
      };
      await swap();
      try {
        const response = await leader.get('/api/audit-log/verify');
        expect(response.body).toMatchObject({ valid: false, firstBrokenId: target.id });
      } finally {
        await swap();
      }
      expect((await leader.get('/api/audit-log/verify')).body).toMatchObject({ valid: true });
    });

    it('reports the row after one that was deleted', async () => {
      const [row] = await t.dataSource.query('SELECT * FROM audit_event WHERE id = $1', [target.id]);
      const [next] = await t.dataSource.query('SELECT id FROM audit_event WHERE id > $1 ORDER BY id LIMIT 1', [target.id]);
      await tamper('DELETE FROM audit_event WHERE id = $1', [target.id]);
      try {
        const response = await leader.get('/api/audit-log/verify');
        expect(response.body).toMatchObject({ valid: false, firstBrokenId: String(next.id), reason: 'PREVIOUS_HASH_MISMATCH' });
      } finally {
        const columns = Object.keys(row);
        await tamper(
          `INSERT INTO audit_event (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})`,
          columns.map((c) => (c === 'before' || c === 'after') && row[c] !== null ? JSON.stringify(row[c]) : row[c]),
        );
      }
      expect((await leader.get('/api/audit-log/verify')).body).toMatchObject({ valid: true });
    });
  });
});
