import { mkdirSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { hasPermission, Role } from '@app/domain';
import {
  createTestApp,
  type FuzzRequest,
  invalidRequests,
  type OpenApiDocument,
  type Operation,
  operationsOf,
  privateDatabaseUrl,
  type Session,
  signIn,
  type TestApp,
  validRequests,
} from '@app/testing';
import { listRoutes, type RouteInfo } from '../../apps/api/src/common/auth/route-inventory';

/**
 * Every operation of the OpenAPI document gets generated requests: invalid ones (a path
 * id naming nothing, a query value or body the document rules out) must answer 4xx and
 * change no row anywhere; valid ones must not answer 5xx. Each request is sent by a role
 * that may call the route, so it reaches validation and the handler rather than the
 * permission check. Seeded and bounded: FUZZ_SEED and FUZZ_RUNS (requests of each kind
 * per operation) make a longer run (`npm run fuzz`).
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261126);
const RUNS = Number(process.env.FUZZ_RUNS ?? 6);
/** Each run sends 2 × RUNS requests per operation; allow far more than they take. */
const TIMEOUT = 60_000 + RUNS * 10_000;
/** Who sends an operation's requests: the first of these the route allows. */
const CALLERS = [Role.OrgStaff, Role.OrgAdmin, Role.Leader, Role.HostUnit, Role.Certifier, Role.Cadre];

interface Failure {
  operation: string;
  why: string;
  status: number;
  request: string;
  answer: string;
}

describe(`fuzzing from the OpenAPI document (FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS})`, () => {
  let t: TestApp;
  let database: Awaited<ReturnType<typeof privateDatabaseUrl>>;
  let document: OpenApiDocument;
  let operations: Operation[];
  let routes: Map<string, RouteInfo>;
  let countRows: () => Promise<Record<string, number>>;
  const sessions = new Map<Role, Session>();
  const statuses = new Map<number, number>();
  let sent = 0;

  beforeAll(async () => {
    // Row counts are compared before and after: no other suite may write meanwhile.
    database = await privateDatabaseUrl();
    t = await createTestApp({ captureLogs: true, url: database.url });
    document = (await t.http.get('/api/docs-json').expect(200)).body as OpenApiDocument;
    operations = operationsOf(document);
    routes = new Map(listRoutes(t.app).map((route) => [`${route.method} ${route.path}`, route]));
    const tables = (
      await t.dataSource.query<{ name: string }[]>(
        `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
      )
    ).map((row) => row.name);
    const sql = `SELECT ${tables.map((name) => `(SELECT count(*) FROM "${name}")::int AS "${name}"`).join(', ')}`;
    countRows = async () => ((await t.dataSource.query<Record<string, number>[]>(sql))[0] as Record<string, number>);
  });

  afterAll(async () => {
    await t?.close();
    await database?.cleanup();
  });

  /** A signed-in caller the route allows (a fresh one if the last one's token stopped working); none for a public route. */
  async function callerFor(operation: Operation): Promise<Session | undefined> {
    const access = routes.get(`${operation.method} ${operation.route}`)?.access;
    if (!access) throw new Error(`${operation.method} ${operation.route} is in the document but not among the routes`);
    if (access.kind === 'public') return undefined;
    const role = CALLERS.find((r) => access.kind === 'authenticated' || (access.kind === 'permission' && hasPermission(r, access.permission)));
    if (!role) throw new Error(`no role may call ${operation.method} ${operation.route}`);
    const known = sessions.get(role);
    if (known && (await known.get('/api/auth/me')).status === 200) return known;
    const fresh = await signIn(t, role);
    sessions.set(role, fresh);
    return fresh;
  }

  async function send(operation: Operation, caller: Session | undefined, request: FuzzRequest) {
    const query = new URLSearchParams(request.query).toString();
    const url = query ? `${request.path}?${query}` : request.path;
    const method = operation.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
    let call = t.http[method](url);
    if (caller) call = call.set('authorization', `Bearer ${caller.accessToken}`);
    if (request.body !== undefined) call = call.set('content-type', 'application/json').send(JSON.stringify(request.body));
    const response = await call;
    sent++;
    statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
    return response;
  }

  /** What the report shows of a request that failed: the request, and for a 500 its logged error (found by its correlation id). */
  function failureOf(operation: Operation, request: FuzzRequest, response: { status: number; text: string; body: unknown }): Failure {
    const correlationId = (response.body as { details?: { correlationId?: string } }).details?.correlationId;
    const logged = correlationId ? t.logLines.find((line) => line.includes(correlationId) && line.includes('"err"')) : undefined;
    const query = request.query.length ? `?${new URLSearchParams(request.query).toString().slice(0, 120)}` : '';
    return {
      operation: `${operation.method} ${operation.path}`,
      why: request.why,
      status: response.status,
      request: `${operation.method} ${request.path.slice(0, 120)}${query} ${request.body === undefined ? '' : JSON.stringify(request.body).slice(0, 200)}`,
      answer: (logged ?? response.text).slice(0, 600),
    };
  }

  it('covers every route the application registered', () => {
    const documented = new Set(operations.map((o) => `${o.method} ${o.route}`));
    const missing = [...routes.keys()].filter((key) => !documented.has(key));
    expect(missing).toEqual([]);
    expect(operations.length).toBe(routes.size);
  });

  it('answers every invalid request with a 4xx error body and changes no row', async () => {
    const failures: Failure[] = [];
    for (const [index, operation] of operations.entries()) {
      const requests = invalidRequests(operation, document);
      if (!requests) continue;
      const caller = await callerFor(operation);
      const before = await countRows();
      for (const request of fc.sample(requests, { seed: SEED + index, numRuns: RUNS })) {
        const response = await send(operation, caller, request);
        const errorBody = response.body as { statusCode?: number; message?: string };
        const wellFormed = response.status >= 400 && response.status < 500 && errorBody.statusCode === response.status && typeof errorBody.message === 'string';
        if (!wellFormed) failures.push(failureOf(operation, request, response));
      }
      const after = await countRows();
      const changed = Object.keys(after).filter((table) => after[table] !== before[table]);
      if (changed.length > 0) {
        failures.push({ operation: `${operation.method} ${operation.path}`, why: 'rows changed', status: 0, request: '', answer: changed.join(', ') });
      }
    }
    expect(failures).toEqual([]);
  }, TIMEOUT);

  it('answers every valid request without a server error', async () => {
    const failures: Failure[] = [];
    for (const [index, operation] of operations.entries()) {
      const caller = await callerFor(operation);
      for (const request of fc.sample(validRequests(operation, document), { seed: SEED + index, numRuns: RUNS })) {
        const response = await send(operation, caller, request);
        if (response.status >= 500) failures.push(failureOf(operation, request, response));
      }
    }
    expect(failures).toEqual([]);
    // The figures the README quotes.
    mkdirSync('test-results', { recursive: true });
    writeFileSync(
      `test-results/fuzz-${process.env.TEST_DB ?? 'embedded'}.json`,
      JSON.stringify({ seed: SEED, runs: RUNS, operations: operations.length, sent, statuses: Object.fromEntries(statuses) }, null, 2),
    );
  }, TIMEOUT);
});
