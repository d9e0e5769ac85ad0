import { DEFAULT_RUBRIC, Role } from '@app/domain';
import { createTestApp, type Session, signIn, type TestApp, unique } from '@app/testing';
import { RubricStatus, RubricVersion } from '../apps/api/src/modules/rubrics/rubric-version.entity';

/** The default rubric exactly as PRODUCT.md tables it: code, name, max points, source. */
const PRODUCT_TABLE = [
  ['1', '日常工作纪实', 20, '查平时工作纪实', '看日常表现', [['1.1', '在岗履职', 8], ['1.2', '纪实填报', 6], ['1.3', '纪律作风', 6]]],
  ['2', '季度业绩', 30, '查业绩信息采集', '看工作质量和效果', [['2.1', '目标任务完成', 12], ['2.2', '质量成效', 10], ['2.3', '创新突破', 8]]],
  ['3', '群众公认', 20, '查民主评议及用人单位评价', '看群众公认度', [['3.1', '民主评议', 10], ['3.2', '用人单位评价', 10]]],
  ['4', '组织评价', 15, '查组织部门平时掌握情况', '看综合评价意见', [['4.1', '平时掌握', 8], ['4.2', '综合评价意见', 7]]],
  ['5', '政治素质与能力', 15, '考察核验政治态度、工作思路', '看政治素质和能力', [['5.1', '政治态度', 5], ['5.2', '工作思路', 5], ['5.3', '能力素质', 5]]],
] as const;

const ENTERED = { '1.1': 8, '1.2': 6, '1.3': 5.5, '2.1': 11, '2.2': 9, '2.3': 7, '3.2': 9.5, '4.1': 7.5, '4.2': 6.5, '5.1': 5, '5.2': 4.5, '5.3': 4.8 };

describe('rubrics', () => {
  let t: TestApp;
  let staff: Session;
  let defaultId: string;

  beforeAll(async () => {
    t = await createTestApp();
    staff = await signIn(t, Role.OrgStaff);
    const defaults = await t.dataSource.getRepository(RubricVersion).findOneByOrFail({ name: '四查四看考评细则（默认版）' });
    defaultId = defaults.id;
  });

  afterAll(async () => {
    await t.close();
  });

  const newDraft = async () => {
    const response = await staff.post('/api/rubrics', { name: unique('细则草稿'), basedOnId: defaultId });
    expect(response.status).toBe(201);
    return response.body as { id: string; version: number; definition: { items: { maxPoints: number; subItems: { maxPoints: number }[] }[] } };
  };

  it('holds the default version, published, exactly as PRODUCT.md describes it', async () => {
    const stored = await t.dataSource.getRepository(RubricVersion).findOneByOrFail({ id: defaultId });
    expect(stored.status).toBe(RubricStatus.Published);
    expect(stored.definition).toEqual(DEFAULT_RUBRIC);

    const response = await staff.get(`/api/rubrics/${defaultId}`);
    expect(response.status).toBe(200);
    const items = response.body.definition.items as { code: string; name: string; maxPoints: number; check: string; look: string; subItems: { code: string; name: string; maxPoints: number }[] }[];
    expect(items.map((i) => [i.code, i.name, i.maxPoints, i.check, i.look, i.subItems.map((s) => [s.code, s.name, s.maxPoints])])).toEqual(PRODUCT_TABLE);
    expect(response.body.definition.thresholds).toEqual({ excellent: 90, competent: 70, basicallyCompetent: 60 });
    expect(response.body.definition.ratingWeights).toEqual({ EXCELLENT: 100, COMPETENT: 80, BASICALLY_COMPETENT: 60, INCOMPETENT: 0 });
    const sub31 = (category: string) => (response.body.categories[category] as { code: string; name: string; sources: unknown }[]).find((s) => s.code === '3.1');
    expect(sub31('GRASSROOTS')).toMatchObject({ name: '民主评议', sources: [{ source: 'BALLOTS', percent: 100 }] });
    expect(sub31('INVESTMENT_PROMOTION')).toMatchObject({ name: '双出具评定', sources: [{ source: 'CERTIFICATES', percent: 100 }] });
    expect(sub31('STATE_ENTERPRISE')).toMatchObject({ sources: [{ source: 'BALLOTS', percent: 50 }, { source: 'INTERVIEWS', percent: 50 }] });
    expect(sub31('KEY_TASK')).toMatchObject({ name: '集中互评', sources: [{ source: 'MUTUAL_EVALUATION', percent: 100 }] });
    expect(response.body.definition.excellentRequirements).toMatchObject({ MAJOR_PROJECT: ['RECOMMENDED'], INVESTMENT_PROMOTION: ['BOTH_CERTIFICATES'] });
  });

  it('refuses any edit of a published version with 409', async () => {
    const current = (await staff.get(`/api/rubrics/${defaultId}`)).body;
    const response = await staff.patch(`/api/rubrics/${defaultId}`, { version: current.version, name: 'renamed' });
    expect(response.status).toBe(409);
    expect((await staff.post(`/api/rubrics/${defaultId}/publish`, { version: current.version })).status).toBe(409);
  });

  it('copies a draft, edits it, refuses to publish points that do not sum, then publishes', async () => {
    const draft = await newDraft();
    const definition = structuredClone(draft.definition) as typeof draft.definition & Record<string, unknown>;
    definition.items[0].subItems[0].maxPoints = 9; // item 1 now 21 from its sub-items, but says 20
    const edited = await staff.patch(`/api/rubrics/${draft.id}`, { version: draft.version, definition });
    expect(edited.status).toBe(200);

    const refused = await staff.post(`/api/rubrics/${draft.id}/publish`, { version: edited.body.version });
    expect(refused.status).toBe(400);
    const fields = refused.body.details.fields as { field: string; errors: string[]; inChinese: string[] }[];
    expect(fields).toContainEqual({ field: 'definition.items[0].maxPoints', errors: ['大项 1 分值 20 与其小项分值之和 21 不等'], inChinese: ['大项 1 分值 20 与其小项分值之和 21 不等'] });

    definition.items[0].maxPoints = 21;
    definition.items[1].maxPoints = 29;
    definition.items[1].subItems[0].maxPoints = 11;
    const fixed = await staff.patch(`/api/rubrics/${draft.id}`, { version: edited.body.version, definition });
    expect(fixed.status).toBe(200);
    const published = await staff.post(`/api/rubrics/${draft.id}/publish`, { version: fixed.body.version });
    expect(published.status).toBe(200);
    expect(published.body.status).toBe('PUBLISHED');
    expect((await staff.patch(`/api/rubrics/${draft.id}`, { version: published.body.version, name: 'x' })).status).toBe(409);
  });

  it('answers 400 naming the field for a malformed definition, and 409 for a stale version', async () => {
    const draft = await newDraft();
    const bad = structuredClone(draft.definition) as unknown as { items: { subItems: { source: string; maxPoints: number }[] }[] };
    bad.items[0].subItems[0].source = 'ASTROLOGY';
    bad.items[0].subItems[1].maxPoints = 1.234;
    const response = await staff.patch(`/api/rubrics/${draft.id}`, { version: draft.version, definition: bad });
    expect(response.status).toBe(400);
    expect(response.body.details.fields.map((f: { field: string }) => f.field).sort()).toEqual(
      ['definition.items.0.subItems.0.source', 'definition.items.0.subItems.1.maxPoints'].sort(),
    );
    expect((await staff.patch(`/api/rubrics/${draft.id}`, { version: draft.version + 5, name: unique('x') })).status).toBe(409);
  });

  it('previews a score with its explanation, and reports what is missing', async () => {
    const grassroots = await staff.post(`/api/rubrics/${defaultId}/preview`, {
      category: 'GRASSROOTS',
      entered: ENTERED,
      ratings: { BALLOTS: { EXCELLENT: 30, COMPETENT: 10, BASICALLY_COMPETENT: 2 } },
    });
    expect(grassroots.status).toBe(200);
    expect(grassroots.body.total).toBe(93.63);
    expect(grassroots.body.problems).toEqual([]);
    const ballots = grassroots.body.subItems.find((s: { code: string }) => s.code === '3.1');
    expect(ballots).toMatchObject({ points: 9.33, sources: ['BALLOTS'] });
    expect(ballots.explanation).toContain('优秀 30');

    const investment = await staff.post(`/api/rubrics/${defaultId}/preview`, { category: 'INVESTMENT_PROMOTION', entered: ENTERED, ratings: { CERTIFICATES: { EXCELLENT: 1 } } });
    expect(investment.body.total).toBeNull();
    expect(investment.body.problems).toEqual([{ subItem: '3.1', message: '3.1 双出具评定：双出具有效评价 1 个，至少需要 2 个' }]);

    const badValue = await staff.post(`/api/rubrics/${defaultId}/preview`, { category: 'GRASSROOTS', entered: { '1.1': 'eight' }, ratings: {} });
    expect(badValue.status).toBe(400);
    expect(badValue.body.details.fields[0]).toEqual({ field: 'entered.1.1', errors: ['must be a number with at most two decimals'], inChinese: ['应为数字，最多 2 位小数'] });
  });

  it('lets LEADER read but not write, and refuses HOST_UNIT and CADRE', async () => {
    const leader = await signIn(t, Role.Leader);
    expect((await leader.get('/api/rubrics')).status).toBe(200);
    const refused = await leader.post('/api/rubrics', { name: unique('x'), basedOnId: defaultId });
    expect(refused.status).toBe(403);
    // The access guard's English stays; the console reads the Chinese.
    expect(refused.body).toEqual({ statusCode: 403, error: 'Forbidden', message: expect.stringContaining('lacks the permission'), details: { inChinese: '当前账号无权进行此操作' } });
    for (const role of [Role.HostUnit, Role.Cadre, Role.Certifier]) {
      expect((await (await signIn(t, role)).get('/api/rubrics')).status).toBe(403);
    }
  });
});
