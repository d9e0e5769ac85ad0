import { randomUUID } from 'node:crypto';
import { hasPermission, Role, SecondmentCategory, UnitType } from '@app/domain';
import { createTestApp, finalizeRound, type OpenApiDocument, operationsOf, resolve, type Session, signIn, storeFullInputs, type TestApp, unique } from '@app/testing';
import { listRoutes, type RouteInfo } from '../../apps/api/src/common/auth/route-inventory';
import { RubricVersion } from '../../apps/api/src/modules/rubrics/rubric-version.entity';

/**
 * Every registered route × every role × (own object, another unit's object, no token)
 * → the status it must answer. The routes come from the application itself; a GET
 * route that names an object needs an entry in OBJECTS, so a new one fails here until
 * someone says what it may show to whom.
 */

const ROLES = [Role.OrgAdmin, Role.OrgStaff, Role.Leader, Role.HostUnit, Role.Certifier, Role.Cadre];
/** Roles narrowed to their own objects: another unit's object answers 404. */
const SCOPED: ReadonlySet<Role> = new Set([Role.HostUnit, Role.Certifier, Role.Cadre]);

/** One of each object, twice: "a" belongs to the scoped accounts, "b" to another unit. */
interface World {
  cadre: { a: string; b: string };
  secondment: { a: string; b: string };
  assessment: { a: string; b: string };
  material: { a: string; b: string };
  evidence: { a: { id: string; fileId: string }; b: { id: string; fileId: string } };
  workRecord: { b: string };
  mutualEvaluation: { id: string; member: string };
  batch: { a: string; b: string };
  round: string;
  ballotSession: string;
  rubric: string;
  unit: string;
  user: string;
}

type Params = Record<string, string>;
/** For each GET route that names an object: the parameters of the scoped roles' own object and, where it is scoped, another unit's. */
const OBJECTS: Record<string, (w: World) => { own: Params; foreign?: Params }> = {
  'GET /api/assessments/:id': (w) => ({ own: { id: w.assessment.a }, foreign: { id: w.assessment.b } }),
  'GET /api/assessments/:id/ballot-sessions': (w) => ({ own: { id: w.assessment.a }, foreign: { id: w.assessment.b } }),
  'GET /api/assessments/:id/certificates': (w) => ({ own: { id: w.assessment.a }, foreign: { id: w.assessment.b } }),
  'GET /api/assessments/:id/flow': (w) => ({ own: { id: w.assessment.a }, foreign: { id: w.assessment.b } }),
  'GET /api/assessments/:id/history': (w) => ({ own: { id: w.assessment.a }, foreign: { id: w.assessment.b } }),
  'GET /api/assessments/:id/interviews': (w) => ({ own: { id: w.assessment.a }, foreign: { id: w.assessment.b } }),
  'GET /api/ballot-sessions/:id': (w) => ({ own: { id: w.ballotSession } }),
  'GET /api/batches/:id': (w) => ({ own: { id: w.batch.a }, foreign: { id: w.batch.b } }),
  'GET /api/batches/:id/roster.xlsx': (w) => ({ own: { id: w.batch.a } }),
  'GET /api/cadres/:id': (w) => ({ own: { id: w.cadre.a }, foreign: { id: w.cadre.b } }),
  'GET /api/dossiers/:cadreId': (w) => ({ own: { cadreId: w.cadre.a }, foreign: { cadreId: w.cadre.b } }),
  'GET /api/dossiers/:cadreId/dossier.xlsx': (w) => ({ own: { cadreId: w.cadre.a }, foreign: { cadreId: w.cadre.b } }),
  'GET /api/dossiers/:cadreId/materials/:id': (w) => ({ own: { cadreId: w.cadre.a, id: w.material.a }, foreign: { cadreId: w.cadre.b, id: w.material.b } }),
  'GET /api/performance-entries/:id/evidence/:fileId': (w) => ({ own: w.evidence.a, foreign: w.evidence.b }),
  'GET /api/rounds/:id': (w) => ({ own: { id: w.round } }),
  'GET /api/rounds/:id/assessments': (w) => ({ own: { id: w.round } }),
  'GET /api/rounds/:id/ballots.xlsx': (w) => ({ own: { id: w.round } }),
  'GET /api/rounds/:id/calibration': (w) => ({ own: { id: w.round } }),
  'GET /api/rounds/:id/details.xlsx': (w) => ({ own: { id: w.round } }),
  'GET /api/rounds/:id/distribution.xlsx': (w) => ({ own: { id: w.round } }),
  'GET /api/rounds/:id/incentives': (w) => ({ own: { id: w.round } }),
  'GET /api/rounds/:id/incentives.xlsx': (w) => ({ own: { id: w.round } }),
  'GET /api/rounds/:id/mutual-evaluations': (w) => ({ own: { id: w.round } }),
  'GET /api/rounds/:id/objections': (w) => ({ own: { id: w.round } }),
  'GET /api/rounds/:id/publicity': (w) => ({ own: { id: w.round } }),
  'GET /api/rounds/:id/recommendations': (w) => ({ own: { id: w.round } }),
  'GET /api/rounds/:id/score-sheet': (w) => ({ own: { id: w.round } }),
  'GET /api/rounds/:id/summary.xlsx': (w) => ({ own: { id: w.round } }),
  'GET /api/rubrics/:id': (w) => ({ own: { id: w.rubric } }),
  'GET /api/secondments/:id': (w) => ({ own: { id: w.secondment.a }, foreign: { id: w.secondment.b } }),
  'GET /api/secondments/:id/appraisal': (w) => ({ own: { id: w.secondment.a }, foreign: { id: w.secondment.b } }),
  'GET /api/secondments/:id/appraisal.xlsx': (w) => ({ own: { id: w.secondment.a }, foreign: { id: w.secondment.b } }),
  'GET /api/units/:id': (w) => ({ own: { id: w.unit } }),
  'GET /api/users/:id': (w) => ({ own: { id: w.user } }),
};

interface Write {
  params: Params;
  body?: object;
  file?: boolean;
  /** What a scoped role gets; 404 unless the route is meant to reach beyond the caller's own objects. */
  status?: number;
}
/**
 * For each write route a scoped role may call on a named object: a valid request at
 * another unit's object. It must answer 404, as if the object did not exist.
 */
const FOREIGN_WRITES: Record<string, (w: World) => Write> = {
  'PUT /api/assessments/:id/host-unit-evaluation': (w) => ({ params: { id: w.assessment.b }, body: { version: 1, points: 9, opinion: '好' } }),
  'PUT /api/assessments/:id/certificate': (w) => ({
    params: { id: w.assessment.b },
    body: { projectsSigned: 1, projectsLanded: 1, contractedInvestment: 1, fundsInPlace: 1, appraisal: '好', rating: 'EXCELLENT' },
  }),
  'POST /api/assessments/:id/acknowledgement': (w) => ({ params: { id: w.assessment.b }, body: {} }),
  'POST /api/assessments/:id/review-requests': (w) => ({ params: { id: w.assessment.b }, body: { reason: '复核' } }),
  // Any signed-in user may object to any published result (公示); this one is final already.
  'POST /api/assessments/:id/objections': (w) => ({ params: { id: w.assessment.b }, body: { reason: '异议' }, status: 409 }),
  'POST /api/work-records/:id/confirm': (w) => ({ params: { id: w.workRecord.b }, body: { version: 1 } }),
  'POST /api/work-records/:id/reject': (w) => ({ params: { id: w.workRecord.b }, body: { version: 1, reason: '不实' } }),
  'POST /api/performance-entries/:id/evidence': (w) => ({ params: { id: w.evidence.b.id }, file: true }),
  'POST /api/mutual-evaluations/:id/ratings': (w) => ({ params: { id: w.mutualEvaluation.id }, body: { assessmentId: w.mutualEvaluation.member, rating: 'EXCELLENT' } }),
};

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000' + '1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082', 'hex');

const key = (route: RouteInfo) => `${route.method} ${route.path}`;
const fill = (path: string, params: Params) => path.replace(/:(\w+)/g, (_, name: string) => params[name] ?? randomUUID());
const hasParams = (route: RouteInfo) => route.path.includes(':');

function allowed(route: RouteInfo, role: Role): boolean {
  const access = route.access;
  return access?.kind === 'public' || access?.kind === 'authenticated' || (access?.kind === 'permission' && hasPermission(role, access.permission));
}

describe('authorization matrix: every route × every role', () => {
  let t: TestApp;
  let routes: RouteInfo[];
  let world: World;
  const sessions = new Map<Role, Session>();

  beforeAll(async () => {
    t = await createTestApp();
    routes = listRoutes(t.app).sort((x, y) => key(x).localeCompare(key(y)));
    const staff = await signIn(t, Role.OrgStaff);
    const leader = await signIn(t, Role.Leader);
    const admin = await signIn(t, Role.OrgAdmin);
    const staffId = (await staff.get('/api/auth/me')).body.id as string;

    const unitA = await t.registry.newUnit(UnitType.Host, unique('淮河路街道'));
    const unitB = await t.registry.newUnit(UnitType.Host, unique('南站专班'));
    const cityTaskForce = await t.registry.newUnit(UnitType.Certifier, unique('市招商专班'));
    const commerceBureau = await t.registry.newUnit(UnitType.Certifier, unique('区商务局'));
    const batch = await t.registry.newBatch();
    const otherBatch = await t.registry.newBatch();
    const a = await t.registry.newCadre();
    const b = await t.registry.newCadre();
    const sA = await t.registry.newSecondment({ cadreId: a.id, batchId: batch.id, hostUnitId: unitA.id, category: SecondmentCategory.InvestmentPromotion });
    const sB = await t.registry.newSecondment({ cadreId: b.id, batchId: otherBatch.id, hostUnitId: unitB.id });

    sessions.set(Role.OrgAdmin, admin);
    sessions.set(Role.OrgStaff, staff);
    sessions.set(Role.Leader, leader);
    sessions.set(Role.HostUnit, await signIn(t, Role.HostUnit, { unitId: unitA.id }));
    sessions.set(Role.Certifier, await signIn(t, Role.Certifier, { unitId: cityTaskForce.id }));
    sessions.set(Role.Cadre, await signIn(t, Role.Cadre, { cadreId: a.id }));
    const cadreB = await signIn(t, Role.Cadre, { cadreId: b.id });

    // Evidence of each cadre's achievement, and a dossier material of each.
    const evidence = async (session: Session) => {
      const entry = await session.post('/api/performance-entries', { quarter: '2023Q2', description: '完成重点项目征迁' });
      const file = await session.post(`/api/performance-entries/${entry.body.id}/evidence`).attach('file', PNG, 'a.png');
      return { id: entry.body.id as string, fileId: file.body.id as string };
    };
    const evidenceA = await evidence(sessions.get(Role.Cadre) as Session);
    const evidenceB = await evidence(cadreB);

    // One finalized round per batch; the investment cadre certified by both bodies.
    const rubric = await t.dataSource.getRepository(RubricVersion).findOneByOrFail({ name: '四查四看考评细则（默认版）' });
    const round = async (batchId: string) => {
      const created = await staff.post('/api/rounds', {
        batchId, name: unique('矩阵考核'), type: 'SPECIAL', periodStart: '2023-03-01', periodEnd: '2023-12-31', rubricVersionId: rubric.id, quotaKind: 'COUNT', quotaValue: 1,
      });
      await staff.post(`/api/rounds/${created.body.id}/open`);
      const [assessment] = (await staff.get(`/api/rounds/${created.body.id}/assessments`)).body as { id: string }[];
      return { id: created.body.id as string, assessment: assessment.id };
    };
    const roundA = await round(batch.id);
    const roundB = await round(otherBatch.id);
    await staff.put(`/api/rounds/${roundA.id}/certifiers`, { unitIds: [cityTaskForce.id, commerceBureau.id] });
    for (const certifier of [sessions.get(Role.Certifier) as Session, await signIn(t, Role.Certifier, { unitId: commerceBureau.id })]) {
      const issued = await certifier.put(`/api/assessments/${roundA.assessment}/certificate`, {
        projectsSigned: 2, projectsLanded: 1, contractedInvestment: 30000, fundsInPlace: 8000, appraisal: '扎实', rating: 'EXCELLENT',
      });
      expect(issued.status).toBe(200);
    }
    await storeFullInputs(t.dataSource, roundA.assessment, staffId);
    await t.dataSource.query(`DELETE FROM ballot WHERE session_id IN (SELECT id FROM ballot_session WHERE assessment_id = $1)`, [roundA.assessment]);
    await t.dataSource.query(`DELETE FROM ballot_session WHERE assessment_id = $1`, [roundA.assessment]);
    await storeFullInputs(t.dataSource, roundB.assessment, staffId);
    await finalizeRound(t, staff, leader, roundA.id);
    await finalizeRound(t, staff, leader, roundB.id);
    const [session] = await t.dataSource.query('SELECT id FROM ballot_session WHERE assessment_id = $1', [roundB.assessment]);

    // A work record of cadre b, and a mutual evaluation of a group cadre a is not in.
    const workRecordB = (await cadreB.post('/api/work-records', { date: '2023-05-08', content: '走访企业' })).body.id as string;
    const groupBatch = await t.registry.newBatch();
    for (let i = 0; i < 2; i++) {
      const member = await t.registry.newCadre();
      await t.registry.newSecondment({ cadreId: member.id, batchId: groupBatch.id, hostUnitId: unitB.id, category: SecondmentCategory.KeyTask, groupLabel: '主题教育办' });
    }
    const groupRound = await round(groupBatch.id);
    const mutual = await staff.post('/api/mutual-evaluations', { roundId: groupRound.id, groupLabel: '主题教育办' });
    expect(mutual.status).toBe(201);

    const material = async (cadreId: string, secondmentId: string) =>
      (await staff.post(`/api/dossiers/${cadreId}/materials?secondmentId=${secondmentId}&kind=PHOTO&description=x`).attach('file', PNG, 'p.png')).body.id as string;
    for (const s of [sA, sB]) expect((await staff.post(`/api/secondments/${s.id}/complete`, { version: s.version })).status).toBe(200);

    world = {
      cadre: { a: a.id, b: b.id },
      secondment: { a: sA.id, b: sB.id },
      assessment: { a: roundA.assessment, b: roundB.assessment },
      material: { a: await material(a.id, sA.id), b: await material(b.id, sB.id) },
      evidence: { a: evidenceA, b: evidenceB },
      workRecord: { b: workRecordB },
      mutualEvaluation: { id: mutual.body.id, member: groupRound.assessment },
      batch: { a: batch.id, b: otherBatch.id },
      round: roundA.id,
      ballotSession: session.id,
      rubric: rubric.id,
      unit: unitA.id,
      user: staff.user.id,
    };
  });

  afterAll(async () => {
    await t.close();
  });

  it('has an expectation for every GET route that names an object, and none for a route that is gone', () => {
    const objectRoutes = routes.filter((r) => r.method === 'GET' && hasParams(r)).map(key);
    expect(objectRoutes.filter((k) => !(k in OBJECTS))).toEqual([]);
    expect(Object.keys(OBJECTS).filter((k) => !objectRoutes.includes(k))).toEqual([]);
  });

  it('answers 401 on every route but the public ones when no token is sent', async () => {
    const wrong: string[] = [];
    for (const route of routes.filter((r) => r.access?.kind !== 'public')) {
      const response = await t.http[route.method.toLowerCase() as 'get'](fill(route.path, {})).send({});
      if (response.status !== 401) wrong.push(`${key(route)} → ${response.status}`);
    }
    expect(wrong).toEqual([]);
  });

  it('answers 403 to every role on every route its permissions do not cover', async () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const route of routes) {
      for (const role of ROLES.filter((r) => !allowed(route, r))) {
        const session = sessions.get(role) as Session;
        const method = route.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch';
        const response = await session[method](fill(route.path, {}), {});
        checked++;
        if (response.status !== 403) wrong.push(`${role} ${key(route)} → ${response.status}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(200);
  });

  it('shows each role its own objects, and another unit’s only to the organization department and leaders (404 for the scoped)', async () => {
    const wrong: string[] = [];
    for (const route of routes.filter((r) => r.method === 'GET')) {
      const objects = hasParams(route) ? OBJECTS[key(route)](world) : { own: {} };
      for (const role of ROLES.filter((r) => allowed(route, r))) {
        const session = sessions.get(role) as Session;
        const own = await session.get(fill(route.path, objects.own));
        if (own.status !== 200) wrong.push(`${role} ${key(route)} own → ${own.status}`);
        if (!objects.foreign) continue;
        const foreign = await session.get(fill(route.path, objects.foreign));
        const expected = SCOPED.has(role) ? 404 : 200;
        if (foreign.status !== expected) wrong.push(`${role} ${key(route)} foreign → ${foreign.status}, expected ${expected}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('answers 404 to a scoped role that writes to another unit’s object, on every write route it may call', async () => {
    const scopedWrites = routes.filter((r) => r.method !== 'GET' && hasParams(r) && [...SCOPED].some((role) => allowed(r, role)));
    expect(scopedWrites.map(key).filter((k) => !(k in FOREIGN_WRITES))).toEqual([]);
    expect(scopedWrites.length).toBe(Object.keys(FOREIGN_WRITES).length);
    const wrong: string[] = [];
    for (const route of scopedWrites) {
      const write = FOREIGN_WRITES[key(route)](world);
      for (const role of [...SCOPED].filter((r) => allowed(route, r))) {
        const session = sessions.get(role) as Session;
        const path = fill(route.path, write.params);
        const response = write.file
          ? await t.http.post(path).set('authorization', `Bearer ${session.accessToken}`).attach('file', PNG, 'a.png')
          : await session[route.method.toLowerCase() as 'post' | 'put' | 'patch'](path, write.body);
        const expected = write.status ?? 404;
        if (response.status !== expected) wrong.push(`${role} ${key(route)} → ${response.status} ${JSON.stringify(response.body.message)}, expected ${expected}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('answers 400 naming each field a scoped role may not set, on every write route it may call (generated)', async () => {
    // The fields that decide an outcome or an owner. A route's own body may name some of
    // them (a host unit gives its 3.2 points and the version it read); the rest answer 400.
    const PROTECTED = ['status', 'version', 'grade', 'gradeOverride', 'total', 'rank', 'points', 'scores', 'veto', 'unitId', 'hostUnitId', 'homeUnitId', 'certifierUnitId', 'cadreId', 'roundId', 'id'];
    const document = (await t.http.get('/api/docs-json')).body as OpenApiDocument;
    const bodies = new Map(operationsOf(document).map((o) => [`${o.method} ${o.route}`, o.body && resolve(o.body, document)]));
    const writes = routes.filter((r) => r.method !== 'GET' && [...SCOPED].some((role) => allowed(r, role)) && bodies.get(key(r)));
    expect(writes.length).toBeGreaterThan(10);
    const wrong: string[] = [];
    let checked = 0;
    for (const route of writes) {
      const own = Object.keys(bodies.get(key(route))?.properties ?? {});
      // A cadre sets none of them, anywhere.
      if (allowed(route, Role.Cadre)) {
        const named = own.filter((f) => PROTECTED.includes(f) && f !== 'version');
        if (named.length > 0) wrong.push(`${key(route)} lets a cadre set ${named.join(', ')}`);
      }
      for (const role of [...SCOPED].filter((r) => allowed(route, r))) {
        const session = sessions.get(role) as Session;
        const method = route.method.toLowerCase() as 'post' | 'put' | 'patch';
        for (const field of PROTECTED.filter((f) => !own.includes(f))) {
          const response = await session[method](fill(route.path, {}), { [field]: field === 'version' ? 1 : 'EXCELLENT' });
          checked++;
          const fields = (response.body.details?.fields ?? []) as { field: string; errors: string[] }[];
          const named = fields.some((f) => f.field === field && f.errors.some((e) => e.includes('should not exist')));
          if (response.status !== 400 || !named) wrong.push(`${role} ${key(route)} ${field} → ${response.status}`);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });

  it('answers 400 naming the field when a scoped role tries to set what is not theirs to set', async () => {
    const cadre = sessions.get(Role.Cadre) as Session;
    const host = sessions.get(Role.HostUnit) as Session;
    const attempts: [Session, 'post' | 'put', string, object, string][] = [
      [cadre, 'post', '/api/work-records', { date: '2023-05-09', content: '走访', status: 'CONFIRMED' }, 'status'],
      [cadre, 'post', '/api/work-records', { date: '2023-05-09', content: '走访', version: 7 }, 'version'],
      [cadre, 'post', '/api/performance-entries', { quarter: '2023Q3', description: '业绩', status: 'REVIEWED' }, 'status'],
      [cadre, 'post', '/api/performance-entries', { quarter: '2023Q3', description: '业绩', hostUnitId: randomUUID() }, 'hostUnitId'],
      [cadre, 'post', `/api/assessments/${world.assessment.a}/review-requests`, { reason: '复核', grade: 'EXCELLENT' }, 'grade'],
      [host, 'put', `/api/assessments/${world.assessment.a}/host-unit-evaluation`, { version: 1, points: 9, opinion: '好', subItemCode: '1.1' }, 'subItemCode'],
      [host, 'put', `/api/assessments/${world.assessment.a}/host-unit-evaluation`, { version: 1, points: 9, opinion: '好', total: 100 }, 'total'],
      [host, 'put', `/api/assessments/${world.assessment.a}/host-unit-evaluation`, { version: 1, points: 9, opinion: '好', hostUnitId: randomUUID() }, 'hostUnitId'],
    ];
    const wrong: string[] = [];
    for (const [session, method, path, body, field] of attempts) {
      const response = await session[method](path, body);
      const fields = (response.body.details?.fields ?? []) as { field: string }[];
      if (response.status !== 400 || !fields.some((f) => f.field === field)) wrong.push(`${method} ${path} ${field} → ${response.status} ${JSON.stringify(response.body.details)}`);
    }
    expect(wrong).toEqual([]);
  });
});
