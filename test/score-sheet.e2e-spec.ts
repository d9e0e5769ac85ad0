import { Role, SecondmentCategory, UnitType } from '@app/domain';
import { createTestApp, type Session, signIn, type TestApp, unique } from '@app/testing';
import { RubricVersion } from '../apps/api/src/modules/rubrics/rubric-version.entity';

interface Row {
  id: string;
  cadre: { name: string };
  category: string;
  version: number;
  score: { total: number | null; subItems: { code: string; points: number | null; sources: string[]; explanation: string }[] };
}

/** The scoring grid of a round (GET /api/rounds/:id/score-sheet). */
describe('the score sheet', () => {
  let t: TestApp;
  let staff: Session;
  let roundId: string;

  beforeAll(async () => {
    t = await createTestApp();
    staff = await signIn(t, Role.OrgStaff);
    const unit = await t.registry.newUnit(UnitType.Host);
    const batch = await t.registry.newBatch();
    for (const [name, category] of [['甲', SecondmentCategory.Grassroots], ['乙', SecondmentCategory.InvestmentPromotion]] as const) {
      const cadre = await t.registry.newCadre({ name: `${name}${unique('')}` });
      await t.registry.newSecondment({ cadreId: cadre.id, batchId: batch.id, hostUnitId: unit.id, category });
    }
    const rubric = await t.dataSource.getRepository(RubricVersion).findOneByOrFail({ name: '四查四看考评细则（默认版）' });
    roundId = (
      await staff.post('/api/rounds', {
        batchId: batch.id, name: unique('考核'), type: 'SPECIAL', periodStart: '2023-03-01', periodEnd: '2023-12-31',
        rubricVersionId: rubric.id, quotaKind: 'PERCENT', quotaValue: 20,
      })
    ).body.id;
    await staff.post(`/api/rounds/${roundId}/open`);
  });

  afterAll(async () => {
    await t.close();
  });

  const sheet = async () => (await staff.get(`/api/rounds/${roundId}/score-sheet`).expect(200)).body as Row[];

  it('lists every assessment with its 13 sub-items, each with its sources and explanation', async () => {
    const all = await sheet();
    // By name, in the database's collation; here found by category.
    const rows = ['GRASSROOTS', 'INVESTMENT_PROMOTION'].map((category) => all.find((r) => r.category === category) as Row);
    expect(rows.map((r) => r.cadre.name[0])).toEqual(['甲', '乙']);
    expect(all).toHaveLength(2);
    for (const row of rows) {
      expect(row.score.subItems.map((s) => s.code)).toEqual(['1.1', '1.2', '1.3', '2.1', '2.2', '2.3', '3.1', '3.2', '4.1', '4.2', '5.1', '5.2', '5.3']);
      expect(row.score.total).toBeNull();
      for (const sub of row.score.subItems) expect(sub.explanation).not.toBe('');
    }
    // 3.1 comes from the ballots for a grassroots cadre, from the two certificates for an investment one.
    const source31 = (row: Row) => row.score.subItems.find((s) => s.code === '3.1')?.sources;
    expect(source31(rows[0])).toEqual(['BALLOTS']);
    expect(source31(rows[1])).toEqual(['CERTIFICATES']);
  });

  it('shows entered scores at once, and the same numbers as the assessment itself', async () => {
    const first = (await sheet()).find((r) => r.category === 'GRASSROOTS') as Row;
    const entered = await staff.put(`/api/assessments/${first.id}/scores`, { version: first.version, scores: [{ subItemCode: '1.1', points: 7.5 }, { subItemCode: '4.2', points: 6 }] });
    expect(entered.status).toBe(200);
    const after = (await sheet()).find((r) => r.id === first.id) as Row;
    expect(after.version).toBe(first.version + 1);
    expect(after.score).toEqual(entered.body.score);
    expect(after.score.subItems.find((s) => s.code === '1.1')?.points).toBe(7.5);
  });

  it('is for those who enter scores: a host unit or a leader is refused, an unknown round is a 404', async () => {
    const host = await signIn(t, Role.HostUnit);
    expect((await host.get(`/api/rounds/${roundId}/score-sheet`)).status).toBe(403);
    const leader = await signIn(t, Role.Leader);
    expect((await leader.get(`/api/rounds/${roundId}/score-sheet`)).status).toBe(403);
    expect((await staff.get('/api/rounds/00000000-0000-4000-8000-000000000000/score-sheet')).status).toBe(404);
  });
});
