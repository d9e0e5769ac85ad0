import { Role, SecondmentCategory, UnitType } from '@app/domain';
import { createTestApp, type Session, signIn, type TestApp, unique } from '@app/testing';
import { RubricVersion } from '../apps/api/src/modules/rubrics/rubric-version.entity';

interface Item {
  id: string;
  round: { id: string; name: string; status: string; typeLabel: string };
  cadre: { id: string; name: string };
  hostUnit: { id: string; name: string };
  category: string;
  categoryLabel: string;
  version: number;
}

/** GET /api/assessments: what each role may act on, scoped like every other read. */
describe('the list of assessments', () => {
  let t: TestApp;
  let staff: Session;
  let hostA: Session;
  let hostB: Session;
  let roundId: string;
  const names: string[] = [];
  let investmentName: string;

  beforeAll(async () => {
    t = await createTestApp();
    staff = await signIn(t, Role.OrgStaff);
    const unitA = await t.registry.newUnit(UnitType.Host, unique('甲街道'));
    const unitB = await t.registry.newUnit(UnitType.Host, unique('乙街道'));
    hostA = await signIn(t, Role.HostUnit, { unitId: unitA.id });
    hostB = await signIn(t, Role.HostUnit, { unitId: unitB.id });
    const batch = await t.registry.newBatch();
    for (const [i, unit] of [unitA, unitA, unitB].entries()) {
      const cadre = await t.registry.newCadre({ name: unique(`干部${i}`) });
      names.push(cadre.name);
      await t.registry.newSecondment({ cadreId: cadre.id, batchId: batch.id, hostUnitId: unit.id, category: SecondmentCategory.Grassroots });
    }
    // An investment cadre too, whom only the round's certifiers see.
    const investor = await t.registry.newCadre({ name: unique('招商') });
    investmentName = investor.name;
    await t.registry.newSecondment({ cadreId: investor.id, batchId: batch.id, hostUnitId: unitB.id, category: SecondmentCategory.InvestmentPromotion });
    const rubric = await t.dataSource.getRepository(RubricVersion).findOneByOrFail({ name: '四查四看考评细则（默认版）' });
    roundId = (
      await staff.post('/api/rounds', {
        batchId: batch.id, name: unique('季度考核'), type: 'QUARTERLY', periodStart: '2023-04-01', periodEnd: '2023-06-30',
        rubricVersionId: rubric.id, quotaKind: 'PERCENT', quotaValue: 20,
      })
    ).body.id;
    await staff.post(`/api/rounds/${roundId}/open`);
  });

  afterAll(async () => {
    await t.close();
  });

  it('shows a host unit only its own cadres’ assessments, with the round named and its status', async () => {
    const mine = await hostA.get('/api/assessments?roundStatus=COLLECTING&pageSize=100');
    expect(mine.status).toBe(200);
    const items = mine.body.items as Item[];
    expect(mine.body.total).toBe(2);
    expect(items.map((i) => i.cadre.name).sort()).toEqual([names[0], names[1]].sort());
    expect(items[0]).toMatchObject({ round: { id: roundId, status: 'COLLECTING', typeLabel: '季度考核' }, category: 'GRASSROOTS', categoryLabel: '基层一线', version: expect.any(Number) });
    expect(((await hostB.get('/api/assessments')).body.items as Item[]).map((i) => i.cadre.name).sort()).toEqual([names[2], investmentName].sort());
  });

  it('filters by the round’s status and pages', async () => {
    expect((await hostA.get('/api/assessments?roundStatus=FINALIZED')).body.total).toBe(0);
    const all = ((await hostA.get('/api/assessments?pageSize=100')).body.items as Item[]).map((i) => i.id);
    const first = await hostA.get('/api/assessments?pageSize=1&page=1');
    const second = await hostA.get('/api/assessments?pageSize=1&page=2');
    expect(first.body.total).toBe(2);
    // The two pages hold the two assessments, one each, in the order of the whole list.
    expect([first.body.items[0].id, second.body.items[0].id]).toEqual(all);
    const bad = await hostA.get('/api/assessments?roundStatus=DONE');
    expect(bad.status).toBe(400);
    expect(bad.body.details.fields[0].field).toBe('roundStatus');
  });

  it('shows a certifier the investment cadres of the rounds it certifies and nothing else, and a cadre none at all', async () => {
    const certifier = await signIn(t, Role.Certifier);
    const other = await signIn(t, Role.Certifier);
    expect((await certifier.get('/api/assessments?pageSize=100')).body.total).toBe(0);
    await staff.put(`/api/rounds/${roundId}/certifiers`, { unitIds: [certifier.user.unitId] }).expect(204);
    const certified = (await certifier.get('/api/assessments?pageSize=100')).body.items as Item[];
    expect(certified.map((i) => [i.cadre.name, i.category])).toEqual([[investmentName, 'INVESTMENT_PROMOTION']]);
    expect((await other.get('/api/assessments?pageSize=100')).body.total).toBe(0);
    const cadre = await signIn(t, Role.Cadre, { cadreId: (await t.registry.newCadre()).id });
    expect((await cadre.get('/api/assessments')).status).toBe(403);
  });
});
