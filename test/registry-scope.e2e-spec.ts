import { Gender, Role, SecondmentCategory, SecondmentStatus, UnitType } from '@app/domain';
import { createTestApp, login, type Session, signIn, TEST_PASSWORD, type TestApp, unique } from '@app/testing';

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

interface Named {
  id: string;
  name: string;
}

/** The request helpers of a session, for an account created through the API. */
type Client = Pick<Session, 'get' | 'post' | 'patch'>;

interface SecondmentView {
  id: string;
  cadre: Named;
  hostUnit: Named;
  status: string;
}

interface CadreView {
  id: string;
  nationalId: string;
  phone: string;
  secondments: SecondmentView[];
}

const idsOf = (body: { items: { id: string }[] }) => body.items.map((x) => x.id).sort();
const fieldsOf = (body: { details?: { fields?: { field: string }[] } }) => (body.details?.fields ?? []).map((f) => f.field).sort();

describe('registry scoping and PII masking', () => {
  let t: TestApp;
  let admin: Session;
  let staff: Session;
  let batch: Named;
  let unitA: Named;
  let unitB: Named;
  /** ACTIVE at A. */
  let cadreA: Named & { nationalId: string; phone: string };
  /** ACTIVE at B. */
  let cadreB: Named;
  /** WITHDRAWN at B, then ACTIVE at A. */
  let cadreBoth: Named;
  let secondmentA: { id: string };
  let secondmentB: { id: string };
  let secondmentBothAtB: { id: string };
  let secondmentBothAtA: { id: string };
  let hostA: Session;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signIn(t, Role.OrgAdmin);
    staff = await signIn(t, Role.OrgStaff);
    batch = await t.registry.newBatch();
    unitA = await t.registry.newUnit(UnitType.Host, unique('甲街道办事处'));
    unitB = await t.registry.newUnit(UnitType.Host, unique('乙重点项目专班'));

    cadreA = await t.registry.newCadre({ name: unique('甲干部'), gender: Gender.Female });
    cadreB = await t.registry.newCadre({ name: unique('乙干部') });
    cadreBoth = await t.registry.newCadre({ name: unique('两地干部') });
    secondmentA = await t.registry.newSecondment({ cadreId: cadreA.id, batchId: batch.id, hostUnitId: unitA.id });
    secondmentB = await t.registry.newSecondment({ cadreId: cadreB.id, batchId: batch.id, hostUnitId: unitB.id, category: SecondmentCategory.MajorProject });
    secondmentBothAtB = await t.registry.newSecondment({
      cadreId: cadreBoth.id,
      batchId: batch.id,
      hostUnitId: unitB.id,
      category: SecondmentCategory.MajorProject,
      startDate: '2023-02-01',
      endDate: '2023-05-31',
      status: SecondmentStatus.Withdrawn,
      post: '乙专班联络员',
    });
    secondmentBothAtA = await t.registry.newSecondment({ cadreId: cadreBoth.id, batchId: batch.id, hostUnitId: unitA.id, startDate: '2023-06-01' });

    hostA = await signIn(t, Role.HostUnit, { unitId: unitA.id });
  });

  afterAll(async () => {
    await t.close();
  });

  const cadreClients = new Map<string, Promise<Client>>();

  /**
   * Signs in the CADRE account of the cadre, creating it through the API (as ORG_ADMIN)
   * the first time: Factory.newUser cannot tie a user to a cadre, and a cadre has one account.
   */
  const signInAsCadre = (cadreId: string): Promise<Client> => {
    let client = cadreClients.get(cadreId);
    if (!client) {
      client = createCadreAccount(cadreId);
      cadreClients.set(cadreId, client);
    }
    return client;
  };

  const createCadreAccount = async (cadreId: string): Promise<Client> => {
    const username = unique('cadre');
    const created = await admin.post('/api/users', { username, displayName: '挂职干部', role: Role.Cadre, cadreId, password: TEST_PASSWORD });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ role: 'CADRE', cadreId, unitId: null });
    const { accessToken } = await login(t, username);
    const auth = `Bearer ${accessToken}`;
    return {
      get: (path) => t.http.get(path).set('authorization', auth),
      post: (path, body) => t.http.post(path).set('authorization', auth).send(body),
      patch: (path, body) => t.http.patch(path).set('authorization', auth).send(body),
    };
  };

  /** The 404 an unknown id of that kind answers, with the id swapped in: a foreign id must look the same. */
  const expectLikeUnknown = async (client: Client, path: 'cadres' | 'secondments', id: string) => {
    const foreign = await client.get(`/api/${path}/${id}`);
    const unknown = await client.get(`/api/${path}/${UNKNOWN_ID}`);
    expect(foreign.status).toBe(404);
    expect(unknown.status).toBe(404);
    expect(foreign.body).toMatchObject({ statusCode: 404, error: 'Not Found', details: { code: 'NOT_FOUND' } });
    expect(JSON.parse(JSON.stringify(foreign.body).split(id).join(UNKNOWN_ID))).toEqual(unknown.body);
  };

  describe('HOST_UNIT', () => {
    it('lists only the secondments at its own unit', async () => {
      const inBatch = await hostA.get(`/api/secondments?batchId=${batch.id}`);
      expect(inBatch.status).toBe(200);
      expect(inBatch.body.total).toBe(2);
      expect(idsOf(inBatch.body)).toEqual([secondmentA.id, secondmentBothAtA.id].sort());

      const everything = await hostA.get('/api/secondments?pageSize=100');
      expect(everything.status).toBe(200);
      expect(everything.body.total).toBe(2);
      expect(everything.body.items.every((s: SecondmentView) => s.hostUnit.id === unitA.id)).toBe(true);

      const askForB = await hostA.get(`/api/secondments?hostUnitId=${unitB.id}`);
      expect(askForB.status).toBe(200);
      expect(askForB.body.total).toBe(0);
      const searchB = await hostA.get(`/api/secondments?q=${encodeURIComponent(unitB.name)}`);
      expect(searchB.body.total).toBe(0);
    });

    it('lists only the cadres seconded to its unit, each with only its own secondments', async () => {
      const inBatch = await hostA.get(`/api/cadres?batchId=${batch.id}`);
      expect(inBatch.status).toBe(200);
      expect(inBatch.body.total).toBe(2);
      expect(idsOf(inBatch.body)).toEqual([cadreA.id, cadreBoth.id].sort());

      const everything = await hostA.get('/api/cadres?pageSize=100');
      expect(everything.status).toBe(200);
      expect(idsOf(everything.body)).toEqual([cadreA.id, cadreBoth.id].sort());
      for (const cadre of everything.body.items as CadreView[]) {
        expect(cadre.secondments.length).toBeGreaterThan(0);
        expect(cadre.secondments.every((s) => s.hostUnit.id === unitA.id)).toBe(true);
      }

      expect((await hostA.get(`/api/cadres?hostUnitId=${unitB.id}`)).body.total).toBe(0);
      expect((await hostA.get(`/api/cadres?q=${encodeURIComponent(cadreB.name)}`)).body.total).toBe(0);
    });

    it("does not find a cadre through another unit's secondment in the one-click search", async () => {
      // cadreBoth is visible to A, but the words of the secondment at B are B's.
      expect((await hostA.get(`/api/cadres?q=${encodeURIComponent(unitB.name)}`)).body.total).toBe(0);
      expect((await hostA.get(`/api/cadres?q=${encodeURIComponent('乙专班联络员')}&batchId=${batch.id}`)).body.total).toBe(0);
      expect((await hostA.get(`/api/cadres?batchId=${batch.id}&status=WITHDRAWN`)).body.total).toBe(0);
      // The control: staff find cadreBoth by that post.
      expect(idsOf((await staff.get(`/api/cadres?q=${encodeURIComponent('乙专班联络员')}&batchId=${batch.id}`)).body)).toEqual([cadreBoth.id]);
    });

    it("answers 404, exactly as for an unknown id, for another unit's cadre and secondment", async () => {
      await expectLikeUnknown(hostA, 'cadres', cadreB.id);
      await expectLikeUnknown(hostA, 'secondments', secondmentB.id);
      await expectLikeUnknown(hostA, 'secondments', secondmentBothAtB.id);
      // The same ids are there for staff.
      expect((await staff.get(`/api/cadres/${cadreB.id}`)).status).toBe(200);
      expect((await staff.get(`/api/secondments/${secondmentB.id}`)).status).toBe(200);
    });

    it("shows a cadre seconded to both units with only the secondment at its own unit", async () => {
      const seen = await hostA.get(`/api/cadres/${cadreBoth.id}`);
      expect(seen.status).toBe(200);
      expect((seen.body as CadreView).secondments.map((s) => s.id)).toEqual([secondmentBothAtA.id]);
      expect(seen.body.secondments[0]).toMatchObject({ hostUnit: { id: unitA.id, name: unitA.name }, status: 'ACTIVE' });

      const listed = (await hostA.get(`/api/cadres?batchId=${batch.id}`)).body.items.find((c: CadreView) => c.id === cadreBoth.id) as CadreView;
      expect(listed.secondments.map((s) => s.id)).toEqual([secondmentBothAtA.id]);

      const full = await staff.get(`/api/cadres/${cadreBoth.id}`);
      expect((full.body as CadreView).secondments.map((s) => s.id)).toEqual([secondmentBothAtA.id, secondmentBothAtB.id]);
    });

    it('sees nothing of a unit it does not belong to: a user of B sees B only', async () => {
      const hostB = await signIn(t, Role.HostUnit, { unitId: unitB.id });
      expect(idsOf((await hostB.get(`/api/secondments?batchId=${batch.id}`)).body)).toEqual([secondmentB.id, secondmentBothAtB.id].sort());
      await expectLikeUnknown(hostB, 'cadres', cadreA.id);
      await expectLikeUnknown(hostB, 'secondments', secondmentA.id);
      const both = await hostB.get(`/api/cadres/${cadreBoth.id}`);
      expect((both.body as CadreView).secondments.map((s) => s.id)).toEqual([secondmentBothAtB.id]);
    });
  });

  describe('CADRE', () => {
    it('sees only themselves and their own secondments; another cadre answers 404', async () => {
      const self = await signInAsCadre(cadreBoth.id);

      const list = await self.get('/api/cadres');
      expect(list.status).toBe(200);
      expect(list.body.total).toBe(1);
      expect(idsOf(list.body)).toEqual([cadreBoth.id]);
      expect((list.body.items[0] as CadreView).secondments.map((s) => s.id).sort()).toEqual([secondmentBothAtA.id, secondmentBothAtB.id].sort());

      const own = await self.get(`/api/cadres/${cadreBoth.id}`);
      expect(own.status).toBe(200);
      expect(own.body.id).toBe(cadreBoth.id);

      const secondments = await self.get('/api/secondments');
      expect(secondments.status).toBe(200);
      expect(secondments.body.total).toBe(2);
      expect(idsOf(secondments.body)).toEqual([secondmentBothAtA.id, secondmentBothAtB.id].sort());
      expect(secondments.body.items.every((s: SecondmentView) => s.cadre.id === cadreBoth.id)).toBe(true);
      expect((await self.get(`/api/secondments/${secondmentBothAtA.id}`)).status).toBe(200);

      await expectLikeUnknown(self, 'cadres', cadreA.id);
      await expectLikeUnknown(self, 'secondments', secondmentA.id);
      expect((await self.get(`/api/cadres?q=${encodeURIComponent(cadreA.name)}`)).body.total).toBe(0);
      expect((await self.get(`/api/secondments?cadreId=${cadreA.id}`)).body.total).toBe(0);
    });

    it('sees nothing while the account is tied to no cadre', async () => {
      const orphan = await signIn(t, Role.Cadre);
      expect((await orphan.get('/api/cadres')).body.total).toBe(0);
      expect((await orphan.get('/api/secondments')).body.total).toBe(0);
      expect((await orphan.get(`/api/cadres/${cadreA.id}`)).status).toBe(404);
    });

    it('needs a cadre for a CADRE account (400 naming cadreId), and one account per cadre (409)', async () => {
      const body = { username: unique('cadre'), displayName: '挂职干部', role: Role.Cadre, password: TEST_PASSWORD };
      const missing = await admin.post('/api/users', body);
      expect(missing.status).toBe(400);
      expect(fieldsOf(missing.body)).toEqual(['cadreId']);

      const unknownCadre = await admin.post('/api/users', { ...body, cadreId: UNKNOWN_ID });
      expect(unknownCadre.status).toBe(400);
      expect(fieldsOf(unknownCadre.body)).toEqual(['cadreId']);

      const notACadreRole = await admin.post('/api/users', { ...body, role: Role.Leader, cadreId: cadreB.id });
      expect(notACadreRole.status).toBe(400);
      expect(fieldsOf(notACadreRole.body)).toEqual(['cadreId']);

      const cadre = await t.registry.newCadre();
      expect((await admin.post('/api/users', { ...body, cadreId: cadre.id })).status).toBe(201);
      const second = await admin.post('/api/users', { ...body, username: unique('cadre'), cadreId: cadre.id });
      expect(second.status).toBe(409);
      expect(second.body).toMatchObject({ statusCode: 409, details: { code: 'CONFLICT', field: 'cadreId' } });
    });
  });

  describe('PII', () => {
    const maskedId = () => `${cadreA.nationalId.slice(0, 4)}**********${cadreA.nationalId.slice(-4)}`;

    it.each([Role.OrgStaff, Role.OrgAdmin])('shows %s the national id and phone in full, in the cadre and in the list', async (role) => {
      const session = await signIn(t, role);
      const one = await session.get(`/api/cadres/${cadreA.id}`);
      expect(one.status).toBe(200);
      expect(one.body).toMatchObject({ nationalId: cadreA.nationalId, phone: '13800138000' });
      const listed = (await session.get(`/api/cadres?batchId=${batch.id}`)).body.items.find((c: CadreView) => c.id === cadreA.id) as CadreView;
      expect(listed).toMatchObject({ nationalId: cadreA.nationalId, phone: '13800138000' });
    });

    const masked: [string, () => Promise<Client>][] = [
      [Role.Leader, () => signIn(t, Role.Leader)],
      [Role.HostUnit, () => Promise.resolve(hostA)],
      [Role.Cadre, () => signInAsCadre(cadreA.id)],
    ];

    it.each(masked)('shows %s the national id as first 4 + ten stars + last 4 and the phone as 138****8000, everywhere', async (_role, open) => {
      const session = await open();
      const one = await session.get(`/api/cadres/${cadreA.id}`);
      expect(one.status).toBe(200);
      expect(one.body.nationalId).toBe(maskedId());
      expect(one.body.nationalId).toMatch(/^\d{4}\*{10}[\dX]{4}$/);
      expect(one.body.phone).toBe('138****8000');

      const list = await session.get(`/api/cadres?batchId=${batch.id}`);
      expect(list.status).toBe(200);
      const listed = (list.body.items as CadreView[]).find((c) => c.id === cadreA.id);
      expect(listed).toMatchObject({ nationalId: maskedId(), phone: '138****8000' });

      for (const text of [JSON.stringify(one.body), JSON.stringify(list.body)]) {
        expect(text).not.toContain(cadreA.nationalId);
        expect(text).not.toContain('13800138000');
        expect(text).not.toContain(cadreA.nationalId.slice(6, 14));
      }
    });
  });

  describe('roles without the permission', () => {
    it('shows a CERTIFIER no cadre outside the rounds it certifies, and no secondments at all', async () => {
      const certifier = await signIn(t, Role.Certifier);
      expect((await certifier.get('/api/cadres')).body.total).toBe(0);
      expect((await certifier.get(`/api/cadres/${cadreA.id}`)).status).toBe(404);
      for (const path of ['/api/secondments', `/api/secondments/${secondmentA.id}`]) {
        const response = await certifier.get(path);
        expect({ path, status: response.status }).toEqual({ path, status: 403 });
        expect(response.body).toMatchObject({ statusCode: 403, error: 'Forbidden' });
      }
    });

    const writers: [string, () => Promise<Client>][] = [
      [Role.HostUnit, () => Promise.resolve(hostA)],
      [Role.Cadre, () => signInAsCadre(cadreBoth.id)],
    ];

    it.each(writers)('answers 403 to %s creating or changing cadres, batches and secondments, and changes nothing', async (_role, open) => {
      const session = await open();
      const before = {
        cadre: (await staff.get(`/api/cadres/${cadreBoth.id}`)).body,
        batch: (await staff.get(`/api/batches/${batch.id}`)).body,
        secondment: (await staff.get(`/api/secondments/${secondmentBothAtA.id}`)).body,
      };
      const newCadreName = unique('越权干部');
      const newBatchName = unique('越权批次');
      const fresh = await t.registry.newCadre();

      const attempts: [string, () => ReturnType<Client['post']>][] = [
        [
          'POST /api/cadres',
          () =>
            session.post('/api/cadres', {
              name: newCadreName,
              gender: before.cadre.gender,
              birthDate: before.cadre.birthDate,
              ethnicity: '汉族',
              politicalStatus: 'CPC_MEMBER',
              education: 'BACHELOR',
              homeUnitId: before.cadre.homeUnit.id,
              position: '科员',
              phone: '13800138000',
              nationalId: '110101199003071234',
            }),
        ],
        ['PATCH /api/cadres/:id', () => session.patch(`/api/cadres/${cadreBoth.id}`, { version: before.cadre.version, position: '越权修改' })],
        ['POST /api/batches', () => session.post('/api/batches', { name: newBatchName, startDate: '2023-01-01', endDate: '2023-12-31' })],
        ['PATCH /api/batches/:id', () => session.patch(`/api/batches/${batch.id}`, { version: before.batch.version, status: 'CLOSED' })],
        [
          'POST /api/secondments',
          () =>
            session.post('/api/secondments', {
              cadreId: fresh.id,
              batchId: batch.id,
              hostUnitId: unitA.id,
              category: 'GRASSROOTS',
              post: '越权岗位',
              startDate: '2023-03-01',
              endDate: '2023-12-31',
            }),
        ],
        [
          'PATCH /api/secondments/:id',
          () => session.patch(`/api/secondments/${secondmentBothAtA.id}`, { version: before.secondment.version, status: 'WITHDRAWN' }),
        ],
      ];
      for (const [route, attempt] of attempts) {
        const response = await attempt();
        expect({ route, status: response.status }).toEqual({ route, status: 403 });
        expect(response.body).toMatchObject({ statusCode: 403, error: 'Forbidden' });
      }

      expect((await staff.get(`/api/cadres/${cadreBoth.id}`)).body).toEqual(before.cadre);
      expect((await staff.get(`/api/batches/${batch.id}`)).body).toEqual(before.batch);
      expect((await staff.get(`/api/secondments/${secondmentBothAtA.id}`)).body).toEqual(before.secondment);
      expect((await staff.get(`/api/cadres?q=${encodeURIComponent(newCadreName)}`)).body.total).toBe(0);
      expect((await staff.get(`/api/batches?q=${encodeURIComponent(newBatchName)}`)).body.total).toBe(0);
      expect((await staff.get(`/api/secondments?cadreId=${fresh.id}`)).body.total).toBe(0);
    });
  });
});
