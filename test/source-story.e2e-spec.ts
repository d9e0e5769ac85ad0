import ExcelJS from 'exceljs';
import { Gender, nationalIdFacts, Role, ROSTER_COLUMNS, type RosterKey, SecondmentCategory, UnitType } from '@app/domain';
import { binary, createTestApp, type Session, signIn, type TestApp, unique, uniqueNationalId } from '@app/testing';
import { RubricVersion } from '../apps/api/src/modules/rubrics/rubric-version.entity';

/**
 * The source story, end to end over HTTP: a district seconds 45 cadres to five front
 * lines; one special round assesses every one of them by its category's flow; 19 are
 * graded Excellent; the results are published and finalized. Every input goes
 * through the API, by the role that gives it in real life.
 */

const { Grassroots, MajorProject, InvestmentPromotion, StateEnterprise, KeyTask } = SecondmentCategory;
const PROJECT_GROUPS = ['郑州南站片区开发专班', '马寨产业园专班'];
const KEY_TASK_GROUP = '主题教育办';
const ORG_SUB_ITEMS: [string, number][] = [['1.1', 8], ['1.2', 6], ['1.3', 6], ['2.1', 12], ['2.2', 10], ['2.3', 8], ['4.1', 8], ['4.2', 7], ['5.1', 5], ['5.2', 5], ['5.3', 5]];
const CATEGORY_TEXT: Record<SecondmentCategory, string> = { GRASSROOTS: '基层一线', MAJOR_PROJECT: '项目一线', INVESTMENT_PROMOTION: '招商一线', STATE_ENTERPRISE: '国企一线', KEY_TASK: '其他重点工作' };

/** The 45: 15 grassroots, 9 in two project groups (5 and 4), 8 investment, 8 SOE, 5 on a key task. */
const PLAN: { category: SecondmentCategory; group: string | null }[] = [
  ...Array.from({ length: 15 }, () => ({ category: Grassroots, group: null })),
  ...Array.from({ length: 9 }, (_, i) => ({ category: MajorProject, group: PROJECT_GROUPS[i < 5 ? 0 : 1] })),
  ...Array.from({ length: 8 }, () => ({ category: InvestmentPromotion, group: null })),
  ...Array.from({ length: 8 }, () => ({ category: StateEnterprise, group: null })),
  ...Array.from({ length: 5 }, () => ({ category: KeyTask, group: KEY_TASK_GROUP })),
];
/** Cadre i's place in the ranking: a permutation of 0–44 that mixes the categories. */
const place = (i: number) => (i * 7) % 45;
/** Every input is top marks except 1.1, which loses 0.05 per place: totals 100.00, 99.95, … with no ties. */
const onPost = (i: number) => (800 - place(i) * 5) / 100;
const VETOED = 0; // a grassroots cadre in first place, under a disciplinary sanction

interface Assessment {
  id: string;
  index: number;
  category: SecondmentCategory;
  cadreId: string;
}

describe('the source story: 45 cadres, five front lines, one special round, 19 Excellent', () => {
  let t: TestApp;
  let admin: Session;
  let staff: Session;
  let leader: Session;
  let roundId: string;
  let assessments: Assessment[];
  const hosts = new Map<SecondmentCategory, Session>();
  let certifiers: Session[];

  const cadreName = (i: number) => `挂职干部${String(i + 1).padStart(2, '0')}`;
  const ofCategory = (category: SecondmentCategory) => assessments.filter((a) => a.category === category);
  const versionOf = async (id: string) => (await staff.get(`/api/assessments/${id}`)).body.version as number;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signIn(t, Role.OrgAdmin);
    staff = await signIn(t, Role.OrgStaff);
    leader = await signIn(t, Role.Leader);
  });

  afterAll(async () => {
    await t.close();
  });

  it('registers the units, the batch and the 45 from a filled-in roster template', async () => {
    const newUnit = async (name: string, type: UnitType) => {
      const response = await admin.post('/api/units', { name: unique(name), code: unique('U'), type });
      expect(response.status).toBe(201);
      return response.body as { id: string; name: string };
    };
    const sending = [await newUnit('区财政局', UnitType.Sending), await newUnit('区发展和改革委员会', UnitType.Sending), await newUnit('区教育局', UnitType.Sending)];
    const hostUnits: Record<SecondmentCategory, { id: string; name: string }> = {
      GRASSROOTS: await newUnit('淮河路街道', UnitType.Host),
      MAJOR_PROJECT: await newUnit('区重点项目服务中心', UnitType.Host),
      INVESTMENT_PROMOTION: await newUnit('驻深圳招商联络处', UnitType.Host),
      STATE_ENTERPRISE: await newUnit('区城市建设投资有限公司', UnitType.Host),
      KEY_TASK: await newUnit('区委主题教育办', UnitType.Host),
    };
    for (const [category, unit] of Object.entries(hostUnits)) hosts.set(category as SecondmentCategory, await signIn(t, Role.HostUnit, { unitId: unit.id }));
    const certifierUnits = [await newUnit('市招商专班', UnitType.Certifier), await newUnit('区商务局', UnitType.Certifier)];
    certifiers = [await signIn(t, Role.Certifier, { unitId: certifierUnits[0].id }), await signIn(t, Role.Certifier, { unitId: certifierUnits[1].id })];

    const batch = await staff.post('/api/batches', { name: unique('2023年度挂职历练'), startDate: '2023-01-01', endDate: '2023-12-31' });
    expect(batch.status).toBe(201);

    const template = (await staff.get('/api/imports/roster/template.xlsx').buffer(true).parse(binary)).body as Buffer;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('花名册') as ExcelJS.Worksheet;
    PLAN.forEach(({ category, group }, i) => {
      const gender = i % 3 === 0 ? Gender.Female : Gender.Male;
      const nationalId = uniqueNationalId(gender);
      const line: Record<RosterKey, string> = {
        name: cadreName(i), gender: gender === Gender.Male ? '男' : '女', birthDate: nationalIdFacts(nationalId).birthDate, ethnicity: '汉族', politicalStatus: '中共党员',
        education: '大学本科', nationalId, phone: `1390371${String(1000 + i)}`, homeUnit: sending[i % 3].name, position: '四级主任科员', rank: '',
        hostUnit: hostUnits[category].name, category: CATEGORY_TEXT[category], post: category === InvestmentPromotion ? '招商专员' : '副主任',
        startDate: '2023-03-01', endDate: '2023-12-31', groupLabel: group ?? '',
      };
      ROSTER_COLUMNS.forEach((column, c) => (sheet.getCell(i + 2, c + 1).value = line[column.key] || null));
    });
    const imported = await staff.post(`/api/imports/roster?batchId=${batch.body.id}`).attach('file', Buffer.from(await workbook.xlsx.writeBuffer()), '花名册.xlsx');
    expect(imported.status).toBe(201);
    expect(imported.body).toMatchObject({ rows: 45, cadresCreated: 45, secondmentsCreated: 45 });

    const rubric = await t.dataSource.getRepository(RubricVersion).findOneByOrFail({ name: '四查四看考评细则（默认版）' });
    const round = await staff.post('/api/rounds', {
      batchId: batch.body.id, name: '2023年度挂职历练干部专项考核', type: 'SPECIAL', periodStart: '2023-03-01', periodEnd: '2023-12-31', rubricVersionId: rubric.id,
      quotaKind: 'COUNT', quotaValue: 19, quotaApproval: '区委常委会研究同意（专项考核优秀名额19名）',
    });
    expect(round.status).toBe(201);
    roundId = round.body.id;
    const opened = await staff.post(`/api/rounds/${roundId}/open`);
    expect(opened.body).toMatchObject({ created: 45, total: 45 });
    expect((await staff.put(`/api/rounds/${roundId}/certifiers`, { unitIds: certifierUnits.map((u) => u.id) })).status).toBe(204);

    const listed = (await staff.get(`/api/rounds/${roundId}/assessments`)).body as { id: string; category: SecondmentCategory; cadre: { id: string; name: string } }[];
    assessments = listed
      .map((a) => ({ id: a.id, category: a.category, cadreId: a.cadre.id, index: Number(a.cadre.name.slice(4)) - 1 }))
      .sort((a, b) => a.index - b.index);
    expect(assessments.map((a) => a.category)).toEqual(PLAN.map((p) => p.category));
  });

  it('gathers each category’s inputs from the people who give them', async () => {
    // Democratic evaluation (standard, project, SOE): anonymous voters with one-time codes.
    for (const a of assessments.filter((x) => [Grassroots, MajorProject, StateEnterprise].includes(x.category))) {
      const session = await staff.post('/api/ballot-sessions', { assessmentId: a.id, expectedVoters: 3 });
      expect(session.status).toBe(201);
      for (const code of session.body.codes) expect((await t.http.post('/api/ballots').send({ code, choice: 'EXCELLENT' })).status).toBe(201);
      expect((await staff.post(`/api/ballot-sessions/${session.body.id}/close`)).status).toBe(200);
    }
    // Investment: no ballots; the city task force and the commerce bureau each certify (双出具).
    for (const a of ofCategory(InvestmentPromotion)) {
      expect((await staff.post('/api/ballot-sessions', { assessmentId: a.id, expectedVoters: 3 })).status).toBe(409);
      for (const certifier of certifiers) {
        const issued = await certifier.put(`/api/assessments/${a.id}/certificate`, {
          projectsSigned: 4, projectsLanded: 2, contractedInvestment: 86000, fundsInPlace: 23000, appraisal: '招商意识强，对接项目扎实', rating: 'EXCELLENT',
        });
        expect(issued.status).toBe(200);
      }
    }
    // SOE: three service-recipient interviews each (服务对象谈话).
    for (const a of ofCategory(StateEnterprise)) {
      for (const organization of ['郑州某某物流有限公司', '二七区某某建材厂', '某某科技有限公司']) {
        const recorded = await staff.post(`/api/assessments/${a.id}/interviews`, {
          intervieweeOrganization: organization, intervieweeRole: '总经理', date: '2023-11-20', notes: '服务主动，解决融资难题', rating: 'EXCELLENT',
        });
        expect(recorded.status).toBe(201);
      }
    }
    // Key task: the group rates each other, never themselves (集中互评).
    const members = ofCategory(KeyTask);
    const sessions = await Promise.all(members.map((m) => signIn(t, Role.Cadre, { cadreId: m.cadreId })));
    const mutual = await staff.post('/api/mutual-evaluations', { roundId, groupLabel: KEY_TASK_GROUP });
    expect(mutual.status).toBe(201);
    for (const [r, rater] of sessions.entries()) {
      for (const [m, member] of members.entries()) {
        const rated = await rater.post(`/api/mutual-evaluations/${mutual.body.id}/ratings`, { assessmentId: member.id, rating: 'EXCELLENT' });
        expect(rated.status).toBe(r === m ? 400 : 204);
      }
    }
    expect((await staff.post(`/api/mutual-evaluations/${mutual.body.id}/close`)).status).toBe(204);

    // Org staff score face to face; each host unit evaluates its own cadres.
    for (const a of assessments) {
      const scored = await staff.put(`/api/assessments/${a.id}/scores`, {
        version: await versionOf(a.id),
        scores: ORG_SUB_ITEMS.map(([subItemCode, max]) => ({ subItemCode, points: subItemCode === '1.1' ? onPost(a.index) : max, comment: '专班面对面考核' })),
      });
      expect(scored.status).toBe(200);
      const host = hosts.get(a.category) as Session;
      const evaluated = await host.put(`/api/assessments/${a.id}/host-unit-evaluation`, { version: scored.body.version, points: 10, opinion: '工作积极主动，成效明显' });
      expect(evaluated.status).toBe(200);
    }
    // A host unit sees none of another front line's cadres.
    expect((await (hosts.get(Grassroots) as Session).get(`/api/assessments/${ofCategory(KeyTask)[0].id}`)).status).toBe(404);
  });

  it('shows each category’s own flow, every input step done', async () => {
    const expected: Record<SecondmentCategory, string[]> = {
      GRASSROOTS: ['BALLOTS', 'HOST_UNIT', 'ORG_STAFF'],
      MAJOR_PROJECT: ['BALLOTS', 'HOST_UNIT', 'ORG_STAFF', 'RECOMMENDED'],
      INVESTMENT_PROMOTION: ['BOTH_CERTIFICATES', 'CERTIFICATES', 'HOST_UNIT', 'ORG_STAFF'],
      STATE_ENTERPRISE: ['BALLOTS', 'HOST_UNIT', 'INTERVIEWS', 'ORG_STAFF'],
      KEY_TASK: ['HOST_UNIT', 'MUTUAL_EVALUATION', 'ORG_STAFF'],
    };
    for (const category of Object.values(SecondmentCategory)) {
      const [a] = ofCategory(category);
      const flow = (await staff.get(`/api/assessments/${a.id}/flow`)).body as { step: string; done: boolean }[];
      expect(flow.map((s) => s.step).sort()).toEqual(expected[category]);
      // Only the recommendation, which comes at calibration, is still open.
      expect(flow.filter((s) => !s.done).map((s) => s.step)).toEqual(category === MajorProject ? ['RECOMMENDED'] : []);
      const score = (await staff.get(`/api/assessments/${a.id}`)).body.score;
      expect(score.total).toBe((10_000 - place(a.index) * 5) / 100);
    }
  });

  it('calibrates: a veto and the project groups’ recommendations decide who fills the 19 places', async () => {
    expect((await staff.post(`/api/rounds/${roundId}/start-calibration`)).status).toBe(200);
    const vetoed = assessments[VETOED];
    const veto = await staff.put(`/api/assessments/${vetoed.id}/calibration`, { version: await versionOf(vetoed.id), veto: true, vetoReason: '受党内警告处分，影响期未满' });
    expect(veto.status).toBe(200);

    // Each project group ranks its cadres side by side and recommends its share of the 19.
    const recommended = new Set<string>();
    for (const group of PROJECT_GROUPS) {
      const members = assessments.filter((a) => PLAN[a.index].group === group).sort((a, b) => place(a.index) - place(b.index));
      const share = Math.max(1, Math.floor((19 * members.length) / 45));
      const chosen = members.slice(0, share).map((m) => m.id);
      const recorded = await staff.put(`/api/rounds/${roundId}/recommendations`, {
        groupLabel: group, ranking: members.map((m, i) => ({ assessmentId: m.id, reason: `比对第${i + 1}名` })), recommended: chosen,
      });
      expect(recorded.status).toBe(200);
      expect(recorded.body.share).toBe(share);
      chosen.forEach((id) => recommended.add(id));
    }

    // The rules by hand: by rank, skipping the vetoed and unrecommended project cadres, 19 places.
    const mayBeExcellent = (a: Assessment) => a.index !== VETOED && (a.category !== MajorProject || recommended.has(a.id));
    const expectedExcellent = [...assessments].sort((a, b) => place(a.index) - place(b.index)).filter(mayBeExcellent).slice(0, 19).map((a) => a.id);

    const board = (await staff.get(`/api/rounds/${roundId}/calibration`)).body as { quota: number; excellent: number; tie: unknown; rows: { assessmentId: string; grade: string; reasons: string[] }[] };
    expect(board).toMatchObject({ quota: 19, excellent: 19, tie: null });
    expect(board.rows.filter((r) => r.grade === 'EXCELLENT').map((r) => r.assessmentId).sort()).toEqual(expectedExcellent.sort());
    expect(board.rows.find((r) => r.assessmentId === vetoed.id)?.reasons.join()).toContain('受处分或一票否决');
    const unrecommended = assessments.find((a) => a.category === MajorProject && !recommended.has(a.id) && place(a.index) < 19) as Assessment;
    expect(board.rows.find((r) => r.assessmentId === unrecommended.id)?.reasons.join()).toContain('未经比对推荐');
    const categories = new Set(assessments.filter((a) => expectedExcellent.includes(a.id)).map((a) => a.category));
    expect(categories.size).toBe(5);
  });

  it('is approved, published for five working days, objected to, and finalized: 19 Excellent, locked', async () => {
    expect((await staff.post(`/api/rounds/${roundId}/submit`)).status).toBe(200);
    expect((await leader.post(`/api/rounds/${roundId}/approve`, { comment: '同意专班意见' })).body.status).toBe('APPROVED');
    expect((await staff.post(`/api/rounds/${roundId}/start-publicity`)).body.status).toBe('PUBLICITY');

    const grassrootsHost = hosts.get(Grassroots) as Session;
    const notice = (await grassrootsHost.get(`/api/rounds/${roundId}/publicity`)).body;
    expect(notice.roundName).toBe('2023年度挂职历练干部专项考核');
    expect(notice.excellent).toHaveLength(19);
    expect(Object.keys(notice.excellent[0]).sort()).toEqual(['assessmentId', 'category', 'gender', 'homeUnit', 'hostUnit', 'name', 'position', 'post']);
    // Five working days: at least a week of calendar time.
    expect(new Date(notice.endsAt).getTime() - new Date(notice.startsAt).getTime()).toBeGreaterThanOrEqual(7 * 24 * 3600 * 1000 - 24 * 3600 * 1000);

    const objection = await grassrootsHost.post(`/api/assessments/${notice.excellent[0].assessmentId}/objections`, { reason: '该同志二季度曾请长假' });
    expect(objection.status).toBe(201);
    expect((await staff.post(`/api/rounds/${roundId}/finalize`)).status).toBe(409);
    await staff.post(`/api/objections/${objection.body.id}/resolve`, { outcome: 'DISMISSED', resolution: '经核实，假期已按规定审批，不影响考核' });
    // The five working days pass.
    await t.dataSource.query(`UPDATE assessment_round SET publicity_started_at = publicity_started_at - interval '15 days' WHERE id = $1`, [roundId]);
    const finalized = await staff.post(`/api/rounds/${roundId}/finalize`);
    expect(finalized.status).toBe(200);
    expect(finalized.body.status).toBe('FINALIZED');

    const grades = await t.dataSource.query(`SELECT grade, count(*)::int AS n FROM assessment WHERE round_id = $1 GROUP BY grade ORDER BY grade`, [roundId]);
    expect(grades).toEqual([{ grade: 'EXCELLENT', n: 19 }, { grade: 'COMPETENT', n: 26 }]);
    const first = assessments.find((a) => place(a.index) === 1) as Assessment;
    const current = (await staff.get(`/api/assessments/${first.id}`)).body;
    expect((await staff.put(`/api/assessments/${first.id}/scores`, { version: current.version, scores: [{ subItemCode: '1.1', points: 1 }] })).status).toBe(409);

    // The cadre sees the result and signs for it.
    const cadre = await signIn(t, Role.Cadre, { cadreId: first.cadreId });
    expect((await cadre.get('/api/my/results')).body).toEqual([expect.objectContaining({ assessmentId: first.id, grade: 'EXCELLENT', rank: 2, total: 99.95 })]);
    expect((await cadre.post(`/api/assessments/${first.id}/acknowledgement`, { statement: '本人对考核结果无异议' })).status).toBe(204);
  });
});
