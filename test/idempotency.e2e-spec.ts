import { Gender, nationalIdFacts, Role, UnitType } from '@app/domain';
import { createTestApp, type Session, signIn, type TestApp, unique, uniqueNationalId } from '@app/testing';

describe('Idempotency-Key', () => {
  let t: TestApp;
  let staff: Session;
  let homeUnitId: string;

  beforeAll(async () => {
    t = await createTestApp();
    staff = await signIn(t, Role.OrgStaff);
    homeUnitId = (await t.registry.newUnit(UnitType.Sending)).id;
  });

  afterAll(async () => {
    await t.close();
  });

  const cadreBody = () => {
    const nationalId = uniqueNationalId(Gender.Male);
    return {
      name: unique('干部'), gender: 'MALE', birthDate: nationalIdFacts(nationalId).birthDate, ethnicity: '汉族', politicalStatus: 'CPC_MEMBER',
      education: 'BACHELOR', homeUnitId, position: '科员', phone: '13800138000', nationalId,
    };
  };
  const post = (body: object, key: string) => staff.post('/api/cadres', body).set('idempotency-key', key);
  const stored = async (nationalId: string) => ((await t.dataSource.query('SELECT count(*)::int AS n FROM cadre WHERE national_id = $1', [nationalId])) as { n: number }[])[0].n;

  it('answers a retry with the first answer and stores one row', async () => {
    const body = cadreBody();
    const key = unique('key-retry');
    const first = await post(body, key);
    const retry = await post(body, key);
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers['idempotent-replay']).toBe('true');
    expect(await stored(body.nationalId)).toBe(1);
  });

  it('stores one row for ten parallel submissions with one key, all answered alike', async () => {
    const body = cadreBody();
    const key = unique('key-parallel');
    const responses = await Promise.all(Array.from({ length: 10 }, () => post(body, key)));
    expect(responses.map((r) => r.status)).toEqual(Array(10).fill(201));
    expect(new Set(responses.map((r) => r.body.id)).size).toBe(1);
    expect(await stored(body.nationalId)).toBe(1);
  });

  it('refuses the key with a different request, and forgets a failed first request', async () => {
    const key = unique('key-other');
    expect((await post(cadreBody(), key)).status).toBe(201);
    const other = await post(cadreBody(), key);
    expect(other.status).toBe(409);
    expect(other.body.message).toContain('different request');

    const failing = unique('key-fail');
    const body = cadreBody();
    expect((await post({ ...body, ethnicity: '火星族' }, failing)).status).toBe(400);
    expect((await post(body, failing)).status).toBe(201);
    expect((await staff.post('/api/cadres', cadreBody()).set('idempotency-key', 'short')).status).toBe(400);
  });
});
