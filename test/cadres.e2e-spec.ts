import {
  composeNationalId,
  Education,
  Gender,
  nationalIdCheckChar,
  PoliticalStatus,
  Role,
  SecondmentCategory,
  SecondmentStatus,
  UnitType,
} from '@app/domain';
import { createTestApp, type Session, signIn, type TestApp, unique, uniqueNationalId } from '@app/testing';

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

interface Named {
  id: string;
  name: string;
}

const birthDateOf = (nationalId: string) => `${nationalId.slice(6, 10)}-${nationalId.slice(10, 12)}-${nationalId.slice(12, 14)}`;
const fieldsOf = (body: { details?: { fields?: { field: string }[] } }) => (body.details?.fields ?? []).map((f) => f.field).sort();
const idsOf = (body: { items: Named[] }) => body.items.map((c) => c.id).sort();
const q = (text: string) => encodeURIComponent(text);

describe('cadres', () => {
  let t: TestApp;
  let staff: Session;
  let homeUnit: Named;

  beforeAll(async () => {
    t = await createTestApp();
    staff = await signIn(t, Role.OrgStaff);
    homeUnit = await t.registry.newUnit(UnitType.Sending, unique('区发展和改革委员会'));
  });

  afterAll(async () => {
    await t.close();
  });

  /** A valid body: the national id, birth date and gender agree. */
  const cadreBody = (overrides: Record<string, unknown> = {}) => {
    const nationalId = uniqueNationalId(Gender.Female);
    return {
      name: unique('王芳'),
      gender: Gender.Female,
      birthDate: birthDateOf(nationalId),
      ethnicity: '回族',
      politicalStatus: PoliticalStatus.CpcMember,
      education: Education.Master,
      homeUnitId: homeUnit.id,
      position: '区发展和改革委员会科员',
      rank: '一级科员',
      phone: '13800138000',
      nationalId,
      ...overrides,
    };
  };

  /** A national id with its check character replaced by a wrong one. */
  const withBadChecksum = (nationalId: string) => {
    const right = nationalIdCheckChar(nationalId.slice(0, 17));
    return `${nationalId.slice(0, 17)}${right === '0' ? '1' : '0'}`;
  };

  describe('create', () => {
    it('answers 201 with every field, the home unit by name, no secondments yet, and the PII in full for ORG_STAFF', async () => {
      const body = cadreBody();
      const created = await staff.post('/api/cadres', body);
      expect(created.status).toBe(201);
      expect(created.body).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        name: body.name,
        gender: 'FEMALE',
        birthDate: body.birthDate,
        ethnicity: '回族',
        politicalStatus: 'CPC_MEMBER',
        education: 'MASTER',
        homeUnit: { id: homeUnit.id, name: homeUnit.name },
        position: body.position,
        rank: '一级科员',
        phone: '13800138000',
        nationalId: body.nationalId,
        secondments: [],
        version: 1,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      });

      const fetched = await staff.get(`/api/cadres/${created.body.id}`);
      expect(fetched.status).toBe(200);
      expect(fetched.body).toEqual(created.body);
    });

    it('stores a missing rank as null and accepts an X check character and a landline', async () => {
      let nationalId = uniqueNationalId(Gender.Male);
      while (!nationalId.endsWith('X')) nationalId = uniqueNationalId(Gender.Male);
      const { rank: _rank, ...body } = cadreBody({ nationalId, birthDate: birthDateOf(nationalId), gender: Gender.Male, phone: '0371-67180000' });
      const created = await staff.post('/api/cadres', body);
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ rank: null, nationalId, phone: '0371-67180000', gender: 'MALE' });
    });

    it.each<[string, (body: ReturnType<typeof cadreBody>) => Record<string, unknown>, string]>([
      ['a gender outside the list', () => ({ gender: 'UNKNOWN' }), 'gender'],
      ['an ethnicity that is not one of the 56', () => ({ ethnicity: '火星族' }), 'ethnicity'],
      ['an ethnicity without 族', () => ({ ethnicity: '汉' }), 'ethnicity'],
      ['a birth date not written YYYY-MM-DD', (b) => ({ birthDate: b.birthDate.replace(/-/g, '/') }), 'birthDate'],
      ['a birth date that is no real day', () => ({ birthDate: '1988-02-30' }), 'birthDate'],
      ['a national id with a wrong check character', (b) => ({ nationalId: withBadChecksum(b.nationalId) }), 'nationalId'],
      ['a national id of 17 characters', (b) => ({ nationalId: b.nationalId.slice(0, 17) }), 'nationalId'],
      ['a national id with letters', () => ({ nationalId: '41010219880512ABCD' }), 'nationalId'],
      ['a national id whose birth date is not the birth date given', (b) => ({ birthDate: b.birthDate === '1970-01-01' ? '1970-01-02' : '1970-01-01' }), 'birthDate'],
      ['a national id whose gender is not the gender given', () => ({ gender: Gender.Male }), 'gender'],
      ['a phone number that is neither mobile nor landline', () => ({ phone: '12345' }), 'phone'],
      ['a mobile number with a letter', () => ({ phone: '1380013800a' }), 'phone'],
      ['a home unit that does not exist', () => ({ homeUnitId: UNKNOWN_ID }), 'homeUnitId'],
      ['a home unit id that is not a UUID', () => ({ homeUnitId: 'unit-1' }), 'homeUnitId'],
      ['an unknown extra field', () => ({ salary: 10000 }), 'salary'],
      ['a name starting with =', () => ({ name: '=HYPERLINK("http://evil","点我")' }), 'name'],
      ['a name starting with +', () => ({ name: '+86张三' }), 'name'],
      ['a name starting with @', () => ({ name: '@SUM(A1)' }), 'name'],
      ['an empty name', () => ({ name: '' }), 'name'],
      ['a position starting with -', () => ({ position: '-1+1' }), 'position'],
      ['a political status outside the list', () => ({ politicalStatus: '党员' }), 'politicalStatus'],
      ['an education outside the list', () => ({ education: 'PHD' }), 'education'],
    ])('answers 400 naming the field for %s, and stores nothing', async (_name, change, field) => {
      const base = cadreBody();
      const response = await staff.post('/api/cadres', { ...base, ...change(base) });
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
      expect(fieldsOf(response.body)).toEqual([field]);
      expect(response.body.message).toContain(field);

      const stored = await staff.get(`/api/cadres?q=${q(base.name)}`);
      expect(stored.body.total).toBe(0);
    });

    it('names every invalid field of one request', async () => {
      const response = await staff.post('/api/cadres', cadreBody({ gender: 'X', ethnicity: '火星族', birthDate: '88-5-12', education: 'NONE' }));
      expect(response.status).toBe(400);
      expect(fieldsOf(response.body)).toEqual(['birthDate', 'education', 'ethnicity', 'gender']);
    });

    it('answers 400 naming the missing required fields', async () => {
      const response = await staff.post('/api/cadres', { name: unique('赵敏') });
      expect(response.status).toBe(400);
      expect(fieldsOf(response.body)).toEqual(
        ['birthDate', 'education', 'ethnicity', 'gender', 'homeUnitId', 'nationalId', 'phone', 'politicalStatus', 'position'].sort(),
      );
    });

    it('answers 409 naming nationalId for a national id that is already registered', async () => {
      const first = cadreBody();
      expect((await staff.post('/api/cadres', first)).status).toBe(201);
      const again = await staff.post('/api/cadres', cadreBody({ nationalId: first.nationalId, birthDate: first.birthDate }));
      expect(again.status).toBe(409);
      expect(again.body).toMatchObject({ statusCode: 409, error: 'Conflict', details: { code: 'CONFLICT', field: 'nationalId' } });

      const byId = await staff.get(`/api/cadres?q=${q(first.name)}`);
      expect(byId.body.total).toBe(1);
    });
  });

  describe('update', () => {
    it('updates with the current version (200, version + 1) and answers 409 to a stale one, changing nothing', async () => {
      const created = (await staff.post('/api/cadres', cadreBody())).body;
      const otherUnit = await t.registry.newUnit(UnitType.Sending, unique('区财政局'));

      const updated = await staff.patch(`/api/cadres/${created.id}`, {
        version: 1,
        position: '区财政局副局长',
        rank: '四级调研员',
        phone: '13912345678',
        homeUnitId: otherUnit.id,
      });
      expect(updated.status).toBe(200);
      expect(updated.body).toEqual({
        ...created,
        position: '区财政局副局长',
        rank: '四级调研员',
        phone: '13912345678',
        homeUnit: { id: otherUnit.id, name: otherUnit.name },
        version: 2,
        updatedAt: expect.any(String),
      });

      const stale = await staff.patch(`/api/cadres/${created.id}`, { version: 1, position: '被覆盖的职务', phone: '13700000000' });
      expect(stale.status).toBe(409);
      expect(stale.body).toMatchObject({ statusCode: 409, error: 'Conflict', details: { code: 'VERSION_CONFLICT' } });

      const after = await staff.get(`/api/cadres/${created.id}`);
      expect(after.body).toEqual(updated.body);
    });

    it('answers 409 to a stale version after someone else changed the row, and changes nothing', async () => {
      const created = (await staff.post('/api/cadres', cadreBody())).body;
      // Another writer moves the row on (as a concurrent request would).
      await t.dataSource.query(`UPDATE cadre SET version = version + 1, position = '他人修改的职务' WHERE id = $1`, [created.id]);

      const stale = await staff.patch(`/api/cadres/${created.id}`, { version: 1, position: '被覆盖的职务' });
      expect(stale.status).toBe(409);
      expect(stale.body).toMatchObject({ statusCode: 409, error: 'Conflict', details: { code: 'VERSION_CONFLICT' } });
      expect((await staff.get(`/api/cadres/${created.id}`)).body).toMatchObject({ position: '他人修改的职务', version: 2, phone: created.phone });
    });

    it('updates when the request also resends the identity fields (national id, birth date, gender, phone)', async () => {
      const created = (await staff.post('/api/cadres', cadreBody())).body;
      const updated = await staff.patch(`/api/cadres/${created.id}`, {
        version: 1,
        position: '区财政局副局长',
        nationalId: created.nationalId,
        birthDate: created.birthDate,
        gender: created.gender,
        phone: '13912345678',
      });
      expect(updated.status).toBe(200);
      expect(updated.body).toEqual({ ...created, position: '区财政局副局长', phone: '13912345678', version: 2, updatedAt: expect.any(String) });
    });

    it('clears the rank with null', async () => {
      const created = (await staff.post('/api/cadres', cadreBody())).body;
      const cleared = await staff.patch(`/api/cadres/${created.id}`, { version: created.version, rank: null });
      expect(cleared.status).toBe(200);
      expect(cleared.body).toMatchObject({ rank: null, version: created.version + 1 });
    });

    it('answers 400 naming the field for an invalid change, and keeps the row', async () => {
      const created = (await staff.post('/api/cadres', cadreBody())).body;
      const cases: [Record<string, unknown>, string][] = [
        [{ name: '=1+1' }, 'name'],
        [{ phone: '999' }, 'phone'],
        [{ ethnicity: 'Han' }, 'ethnicity'],
        [{ birthDate: '1950-01-01' }, 'birthDate'],
        [{ gender: Gender.Male }, 'gender'],
        [{ homeUnitId: UNKNOWN_ID }, 'homeUnitId'],
        [{ nationalId: withBadChecksum(created.nationalId) }, 'nationalId'],
        [{ createdAt: '2020-01-01T00:00:00Z' }, 'createdAt'],
      ];
      for (const [change, field] of cases) {
        const response = await staff.patch(`/api/cadres/${created.id}`, { version: created.version, ...change });
        expect({ change, status: response.status, fields: fieldsOf(response.body) }).toEqual({ change, status: 400, fields: [field] });
      }
      expect((await staff.get(`/api/cadres/${created.id}`)).body).toEqual(created);
    });

    it('answers 400 naming version when it is missing', async () => {
      const created = (await staff.post('/api/cadres', cadreBody())).body;
      const response = await staff.patch(`/api/cadres/${created.id}`, { position: '无版本' });
      expect(response.status).toBe(400);
      expect(fieldsOf(response.body)).toEqual(['version']);
    });

    it('answers 409 naming nationalId when the new national id belongs to another cadre', async () => {
      const first = (await staff.post('/api/cadres', cadreBody())).body;
      const second = (await staff.post('/api/cadres', cadreBody())).body;
      const response = await staff.patch(`/api/cadres/${second.id}`, {
        version: second.version,
        nationalId: first.nationalId,
        birthDate: first.birthDate,
      });
      expect(response.status).toBe(409);
      expect(response.body.details).toMatchObject({ code: 'CONFLICT', field: 'nationalId' });
      expect((await staff.get(`/api/cadres/${second.id}`)).body.nationalId).toBe(second.nationalId);
    });

    it('answers 404 for an unknown id', async () => {
      const response = await staff.patch(`/api/cadres/${UNKNOWN_ID}`, { version: 1, position: '不存在' });
      expect(response.status).toBe(404);
      expect(response.body.details.code).toBe('NOT_FOUND');
    });
  });

  describe('read', () => {
    it('answers 404 in the error shape for an unknown id and 400 for an id that is not a UUID', async () => {
      const unknown = await staff.get(`/api/cadres/${UNKNOWN_ID}`);
      expect(unknown.status).toBe(404);
      expect(unknown.body).toMatchObject({ statusCode: 404, error: 'Not Found', details: { code: 'NOT_FOUND' } });
      expect(typeof unknown.body.message).toBe('string');

      const notUuid = await staff.get('/api/cadres/not-a-uuid');
      expect(notUuid.status).toBe(400);
      expect(notUuid.body).toMatchObject({
        statusCode: 400,
        error: 'Bad Request',
        details: { fields: [{ field: 'id', errors: ['must be a UUID'], inChinese: ['链接中的记录编号格式不正确，请从列表中重新打开'] }] },
      });
      // A parameter of another name is named as it is.
      const dossier = await staff.get('/api/dossiers/not-a-uuid');
      expect(dossier.status).toBe(400);
      expect(dossier.body.details.fields).toEqual([expect.objectContaining({ field: 'cadreId' })]);
    });

    it('pages and sorts by the allowlisted fields', async () => {
      const unit = await t.registry.newUnit(UnitType.Sending, unique('区教育局'));
      const marker = unique('排序');
      const births = { a: '1990-03-03', b: '1980-01-01', c: '1985-02-02' };
      for (const [suffix, birthDate] of Object.entries(births)) {
        const nationalId = composeNationalId(`41${String(Math.floor(Math.random() * 10_000)).padStart(4, '0')}`, birthDate, 2 * Math.floor(Math.random() * 500));
        const created = await staff.post('/api/cadres', cadreBody({ name: `${marker}-${suffix}`, homeUnitId: unit.id, nationalId, birthDate }));
        expect(created.status).toBe(201);
      }
      const names = (body: { items: Named[] }) => body.items.map((c) => c.name);

      const first = await staff.get(`/api/cadres?homeUnitId=${unit.id}&sort=-name&page=1&pageSize=2`);
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({ total: 3, page: 1, pageSize: 2 });
      expect(names(first.body)).toEqual([`${marker}-c`, `${marker}-b`]);
      const second = await staff.get(`/api/cadres?homeUnitId=${unit.id}&sort=-name&page=2&pageSize=2`);
      expect(second.body).toMatchObject({ total: 3, page: 2, pageSize: 2 });
      expect(names(second.body)).toEqual([`${marker}-a`]);

      const byName = await staff.get(`/api/cadres?homeUnitId=${unit.id}`);
      expect(names(byName.body)).toEqual([`${marker}-a`, `${marker}-b`, `${marker}-c`]);
      expect(byName.body).toMatchObject({ page: 1, pageSize: 20 });

      const byBirth = await staff.get(`/api/cadres?homeUnitId=${unit.id}&sort=birthDate`);
      expect(byBirth.status).toBe(200);
      expect(names(byBirth.body)).toEqual([`${marker}-b`, `${marker}-c`, `${marker}-a`]);
      const byBirthDesc = await staff.get(`/api/cadres?homeUnitId=${unit.id}&sort=-birthDate`);
      expect(names(byBirthDesc.body)).toEqual([`${marker}-a`, `${marker}-c`, `${marker}-b`]);

      const byCreated = await staff.get(`/api/cadres?homeUnitId=${unit.id}&sort=createdAt`);
      expect(byCreated.status).toBe(200);
      expect(names(byCreated.body)).toEqual([`${marker}-a`, `${marker}-b`, `${marker}-c`]);
      const byUpdated = await staff.get(`/api/cadres?homeUnitId=${unit.id}&sort=-updatedAt`);
      expect(byUpdated.status).toBe(200);
      expect(byUpdated.body.total).toBe(3);
    });

    it.each([
      ['sort=national_id', 'sort'],
      ['sort=nationalId', 'sort'],
      ['sort=phone', 'sort'],
      ['sort=name;DROP TABLE cadre', 'sort'],
      ['pageSize=1000', 'pageSize'],
      ['page=0', 'page'],
      ['category=SPACE', 'category'],
      ['status=RETIRED', 'status'],
      ['batchId=2023', 'batchId'],
      ['hostUnitId=x', 'hostUnitId'],
    ])('answers 400 naming the parameter for %s', async (query, field) => {
      const response = await staff.get(`/api/cadres?${query.replace(/ /g, '%20')}`);
      expect(response.status).toBe(400);
      expect(fieldsOf(response.body)).toEqual([field]);
    });
  });

  describe('one-click search (q)', () => {
    it('finds a cadre by name, by home unit, by host unit and by post, and leaves out a cadre that matches none', async () => {
      const marker = unique('检索');
      const batch = await t.registry.newBatch();
      const plainHost = await t.registry.newUnit(UnitType.Host, unique('区重点项目专班'));
      const markedHost = await t.registry.newUnit(UnitType.Host, `${marker}街道办事处`);
      const markedHome = await t.registry.newUnit(UnitType.Sending, `${marker}区财政局`);

      const byName = await t.registry.newCadre({ name: `${marker}张伟` });
      const byHomeUnit = await t.registry.newCadre({ homeUnitId: markedHome.id });
      const byHostUnit = await t.registry.newCadre();
      await t.registry.newSecondment({ cadreId: byHostUnit.id, batchId: batch.id, hostUnitId: markedHost.id, post: '街道党工委委员' });
      const byPost = await t.registry.newCadre();
      await t.registry.newSecondment({ cadreId: byPost.id, batchId: batch.id, hostUnitId: plainHost.id, post: `${marker}项目副指挥长` });
      const unrelated = await t.registry.newCadre({ name: unique('李娜') });
      await t.registry.newSecondment({ cadreId: unrelated.id, batchId: batch.id, hostUnitId: plainHost.id, post: '项目办副主任' });

      const all = await staff.get(`/api/cadres?q=${q(marker)}`);
      expect(all.status).toBe(200);
      expect(all.body.total).toBe(4);
      expect(idsOf(all.body)).toEqual([byName.id, byHomeUnit.id, byHostUnit.id, byPost.id].sort());
      expect(idsOf(all.body)).not.toContain(unrelated.id);

      const cases: [string, string][] = [
        [`${marker}张伟`, byName.id],
        [`${marker}区财政`, byHomeUnit.id],
        [`${marker}街道办`, byHostUnit.id],
        [`${marker}项目副指挥`, byPost.id],
      ];
      for (const [text, id] of cases) {
        const found = await staff.get(`/api/cadres?q=${q(text)}`);
        expect({ text, ids: idsOf(found.body) }).toEqual({ text, ids: [id] });
      }

      // The found cadre carries the secondment that matched, with its host unit by name.
      const hit = (await staff.get(`/api/cadres?q=${q(`${marker}街道办`)}`)).body.items[0];
      expect(hit.secondments).toEqual([
        expect.objectContaining({ hostUnit: { id: markedHost.id, name: markedHost.name }, batch: { id: batch.id, name: batch.name }, status: 'ACTIVE' }),
      ]);

      // The control: the unrelated cadre is found by its own name.
      expect(idsOf((await staff.get(`/api/cadres?q=${q(unrelated.name)}`)).body)).toEqual([unrelated.id]);
    });

    it('is case-insensitive and treats % and _ literally', async () => {
      const marker = unique('Search');
      const cadre = await t.registry.newCadre({ name: `${marker}Zhang` });
      expect(idsOf((await staff.get(`/api/cadres?q=${q(marker.toLowerCase())}`)).body)).toEqual([cadre.id]);
      const wildcard = `${marker.slice(0, -1)}_`;
      expect((await staff.get(`/api/cadres?q=${q(wildcard)}`)).body.total).toBe(0);
      expect((await staff.get(`/api/cadres?q=${q(`${marker}%`)}`)).body.total).toBe(0);
    });
  });

  describe('filters', () => {
    it('narrows by batch, category, host unit and secondment status', async () => {
      const batch = await t.registry.newBatch();
      const otherBatch = await t.registry.newBatch();
      const h1 = await t.registry.newUnit(UnitType.Host);
      const h2 = await t.registry.newUnit(UnitType.Host);

      const c1 = await t.registry.newCadre();
      await t.registry.newSecondment({ cadreId: c1.id, batchId: batch.id, hostUnitId: h1.id, category: SecondmentCategory.Grassroots });
      const c2 = await t.registry.newCadre();
      await t.registry.newSecondment({ cadreId: c2.id, batchId: batch.id, hostUnitId: h2.id, category: SecondmentCategory.MajorProject });
      const c3 = await t.registry.newCadre();
      await t.registry.newSecondment({
        cadreId: c3.id,
        batchId: batch.id,
        hostUnitId: h1.id,
        category: SecondmentCategory.KeyTask,
        status: SecondmentStatus.Withdrawn,
      });
      const c4 = await t.registry.newCadre();
      await t.registry.newSecondment({ cadreId: c4.id, batchId: otherBatch.id, hostUnitId: h1.id, category: SecondmentCategory.Grassroots });

      const cases: [string, string[]][] = [
        [`batchId=${batch.id}`, [c1.id, c2.id, c3.id]],
        [`batchId=${otherBatch.id}`, [c4.id]],
        [`batchId=${batch.id}&category=MAJOR_PROJECT`, [c2.id]],
        [`batchId=${batch.id}&category=STATE_ENTERPRISE`, []],
        [`hostUnitId=${h1.id}`, [c1.id, c3.id, c4.id]],
        [`hostUnitId=${h2.id}`, [c2.id]],
        [`hostUnitId=${h1.id}&category=GRASSROOTS`, [c1.id, c4.id]],
        [`batchId=${batch.id}&status=WITHDRAWN`, [c3.id]],
        [`batchId=${batch.id}&status=ACTIVE`, [c1.id, c2.id]],
        [`hostUnitId=${h1.id}&status=COMPLETED`, []],
        [`batchId=${batch.id}&hostUnitId=${h1.id}&status=ACTIVE&category=GRASSROOTS`, [c1.id]],
      ];
      for (const [query, expected] of cases) {
        const response = await staff.get(`/api/cadres?${query}`);
        expect({ query, status: response.status, total: response.body.total, ids: idsOf(response.body) }).toEqual({
          query,
          status: 200,
          total: expected.length,
          ids: [...expected].sort(),
        });
      }

      const listed = (await staff.get(`/api/cadres?batchId=${batch.id}&category=MAJOR_PROJECT`)).body.items[0];
      expect(listed.secondments).toEqual([
        expect.objectContaining({ category: 'MAJOR_PROJECT', categoryLabel: '项目一线', hostUnit: { id: h2.id, name: h2.name }, statusLabel: '在岗' }),
      ]);
    });
  });
});
