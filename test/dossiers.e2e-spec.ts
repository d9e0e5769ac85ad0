import { request as httpRequest } from 'node:http';
import ExcelJS from 'exceljs';
import type { AddressInfo } from 'node:net';
import { Role, UnitType } from '@app/domain';
import { binary, createTestApp, finalizeRound, type Session, signIn, storeFullInputs, type TestApp, unique } from '@app/testing';
import { RubricVersion } from '../apps/api/src/modules/rubrics/rubric-version.entity';

/** The smallest PNG there is: 1×1, transparent. */
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000' + '1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082', 'hex');

describe('growth dossiers (成长档案), the comprehensive appraisal, incentives and the talent pool', () => {
  let t: TestApp;
  let staff: Session;
  let leader: Session;
  let admin: Session;
  let staffId: string;
  let rubricId: string;
  let unitA: { id: string; name: string; version: number };
  let unitB: { id: string };
  let hostA: Session;
  let hostB: Session;
  let hostC: Session;
  let xSelf: Session;
  const cadre = { x: '', y: '', z: '' };
  let xSecondmentA: string;
  let xSecondmentB: string;
  let zSecondment: string;
  /** Four quarterly rounds on the first batch: their ids and X's and Y's assessment in each. */
  const rounds: { id: string; x: string; y: string }[] = [];

  const newRound = async (batchId: string, name: string, periodStart: string, periodEnd: string) => {
    const round = await staff.post('/api/rounds', { batchId, name, type: 'QUARTERLY', periodStart, periodEnd, rubricVersionId: rubricId, quotaKind: 'COUNT', quotaValue: 1 });
    expect(round.status).toBe(201);
    expect((await staff.post(`/api/rounds/${round.body.id}/open`)).status).toBe(200);
    const assessments = (await staff.get(`/api/rounds/${round.body.id}/assessments`)).body as { id: string; cadre: { id: string } }[];
    return { id: round.body.id as string, of: (cadreId: string) => (assessments.find((a) => a.cadre.id === cadreId) as { id: string }).id };
  };

  beforeAll(async () => {
    t = await createTestApp();
    staff = await signIn(t, Role.OrgStaff);
    leader = await signIn(t, Role.Leader);
    admin = await signIn(t, Role.OrgAdmin);
    staffId = (await staff.get('/api/auth/me')).body.id;
    rubricId = (await t.dataSource.getRepository(RubricVersion).findOneByOrFail({ name: '四查四看考评细则（默认版）' })).id;
    const a = await t.registry.newUnit(UnitType.Host, unique('淮河路街道'));
    unitA = { id: a.id, name: a.name, version: a.version };
    unitB = await t.registry.newUnit(UnitType.Host, unique('南站专班'));
    hostA = await signIn(t, Role.HostUnit, { unitId: unitA.id });
    hostB = await signIn(t, Role.HostUnit, { unitId: unitB.id });
    hostC = await signIn(t, Role.HostUnit);

    const first = await t.registry.newBatch({ startDate: '2023-01-01', endDate: '2023-12-31' });
    const second = await t.registry.newBatch({ startDate: '2024-01-01', endDate: '2024-12-31' });
    const third = await t.registry.newBatch();
    cadre.x = (await t.registry.newCadre({ name: unique('张晓') })).id;
    cadre.y = (await t.registry.newCadre({ name: unique('李明') })).id;
    cadre.z = (await t.registry.newCadre({ name: unique('王芳') })).id;
    xSecondmentA = (await t.registry.newSecondment({ cadreId: cadre.x, batchId: first.id, hostUnitId: unitA.id, startDate: '2023-01-01' })).id;
    await t.registry.newSecondment({ cadreId: cadre.y, batchId: first.id, hostUnitId: unitA.id, startDate: '2023-01-01' });
    zSecondment = (await t.registry.newSecondment({ cadreId: cadre.z, batchId: third.id, hostUnitId: unitB.id })).id;

    // X keeps a work record the host unit confirms, and reports an achievement org staff review.
    xSelf = await signIn(t, Role.Cadre, { cadreId: cadre.x });
    const x = xSelf;
    for (const [date, confirm] of [['2023-05-08', true], ['2023-06-12', true], ['2023-07-03', false]] as const) {
      const record = await x.post('/api/work-records', { date, content: '走访辖区企业，协调解决用工问题' });
      expect(record.status).toBe(201);
      const decided = confirm
        ? await hostA.post(`/api/work-records/${record.body.id}/confirm`, { version: record.body.version })
        : await hostA.post(`/api/work-records/${record.body.id}/reject`, { version: record.body.version, reason: '内容过简' });
      expect(decided.status).toBe(200);
    }
    const achievement = await x.post('/api/performance-entries', { quarter: '2023Q2', description: '牵头完成片区3个重点项目征迁' });
    expect(achievement.status).toBe(201);
    expect((await staff.post(`/api/performance-entries/${achievement.body.id}/review`, { version: achievement.body.version })).status).toBe(200);

    // Four quarters: X is Excellent in the second and fourth, Y in the first and third.
    const quarters = [['2023-01-01', '2023-03-31'], ['2023-04-01', '2023-06-30'], ['2023-07-01', '2023-09-30'], ['2023-10-01', '2023-12-31']];
    for (const [i, [start, end]] of quarters.entries()) {
      const round = await newRound(first.id, unique(`2023年第${i + 1}季度考核`), start, end);
      const [xa, ya] = [round.of(cadre.x), round.of(cadre.y)];
      await storeFullInputs(t.dataSource, xa, staffId, { minus11: i % 2 === 0 ? 300 : 0, hostUnitOpinion: `第${i + 1}季度表现突出` });
      await storeFullInputs(t.dataSource, ya, staffId, { minus11: i % 2 === 0 ? 0 : 300 });
      await finalizeRound(t, staff, leader, round.id);
      rounds.push({ id: round.id, x: xa, y: ya });
    }

    // X's first secondment ends: the appraisal is composed now, before anything below happens.
    const secondmentA = (await staff.get(`/api/secondments/${xSecondmentA}`)).body;
    expect((await staff.post(`/api/secondments/${xSecondmentA}/complete`, { version: secondmentA.version })).status).toBe(200);
    // X's second secondment, at another unit, with one finalized round.
    xSecondmentB = (await t.registry.newSecondment({ cadreId: cadre.x, batchId: second.id, hostUnitId: unitB.id, startDate: '2024-01-01', endDate: '2024-12-31' })).id;
    const later = await newRound(second.id, unique('2024年第一季度考核'), '2024-01-01', '2024-03-31');
    await storeFullInputs(t.dataSource, later.of(cadre.x), staffId);
    await finalizeRound(t, staff, leader, later.id);
  });

  afterAll(async () => {
    await t.close();
  });

  describe('entries', () => {
    it('appends one entry per assessment at finalization, with the full snapshot', async () => {
      const [round] = rounds;
      const entries = await t.dataSource.query('SELECT assessment_id, snapshot FROM dossier_entry WHERE round_id = $1 ORDER BY assessment_id', [round.id]);
      expect(entries.map((e: { assessment_id: string }) => e.assessment_id)).toEqual([round.x, round.y].sort());
      const x = entries.find((e: { assessment_id: string }) => e.assessment_id === round.x).snapshot;
      expect(x.subItems).toHaveLength(13);
      expect(x.subItems.find((s: { code: string }) => s.code === '1.1')).toMatchObject({ name: '在岗履职', points: 5, maxPoints: 8 });
      expect(x).toMatchObject({ total: 97, rank: 2, grade: 'COMPETENT', gradeLabel: '称职', hostUnitOpinion: '第1季度表现突出' });
      expect(x.secondment).toMatchObject({ hostUnit: unitA.name, categoryLabel: '基层一线' });
      expect(x.ballots).toMatchObject({ expectedVoters: 1, cast: 1, counts: { EXCELLENT: 1 } });
    });

    it('keeps a snapshot as it was when the source rows change, and the database refuses to change one', async () => {
      const renamed = await admin.patch(`/api/units/${unitA.id}`, { version: unitA.version, name: unique('淮河路街道办事处') });
      expect(renamed.status).toBe(200);
      const dossier = (await staff.get(`/api/dossiers/${cadre.x}`)).body;
      expect(dossier.entries[0].snapshot.secondment.hostUnit).toBe(unitA.name);
      await expect(t.dataSource.query(`UPDATE dossier_entry SET snapshot = '{}' WHERE round_id = $1`, [rounds[0].id])).rejects.toThrow(/never changed/);
      await expect(t.dataSource.query('DELETE FROM dossier_entry WHERE round_id = $1', [rounds[0].id])).rejects.toThrow(/never changed/);
    });

    it('appends a new entry pointing at the one it supersedes when a reopened assessment is finalized again', async () => {
      const assessment = (await staff.get(`/api/assessments/${rounds[3].x}`)).body;
      const reopened = await leader.post(`/api/assessments/${rounds[3].x}/reopen`, { version: assessment.version, reason: '复核业绩' });
      expect(reopened.status).toBe(200);
      const fixed = await staff.put(`/api/assessments/${rounds[3].x}/scores`, { version: reopened.body.version, scores: [{ subItemCode: '2.3', points: 7 }] });
      expect(fixed.status).toBe(200);
      expect((await staff.post(`/api/assessments/${rounds[3].x}/refinalize`, { version: fixed.body.version })).status).toBe(200);

      const entries = await t.dataSource.query('SELECT id, supersedes_id, snapshot FROM dossier_entry WHERE assessment_id = $1 ORDER BY created_at', [rounds[3].x]);
      expect(entries).toHaveLength(2);
      expect(entries[1].supersedes_id).toBe(entries[0].id);
      expect(entries[0].snapshot.total).toBe(100);
      expect(entries[1].snapshot.total).toBe(99);
      const listed = (await staff.get(`/api/dossiers/${cadre.x}`)).body.entries.filter((e: { assessmentId: string }) => e.assessmentId === rounds[3].x);
      expect(listed.map((e: { current: boolean }) => e.current)).toEqual([false, true]);
    });
  });

  describe('incentives and the talent pool', () => {
    it('proposes an incentive for exactly the Excellent of each finalized round', async () => {
      for (const round of rounds) {
        const excellent = await t.dataSource.query(`SELECT id FROM assessment WHERE round_id = $1 AND grade = 'EXCELLENT'`, [round.id]);
        const incentives = (await leader.get(`/api/rounds/${round.id}/incentives`)).body as { assessmentId: string; status: string; proposedMeasure: string }[];
        expect(incentives.map((i) => i.assessmentId)).toEqual(excellent.map((e: { id: string }) => e.id));
        expect(incentives[0]).toMatchObject({ status: 'PROPOSED', proposedMeasure: expect.stringContaining('季度考核优秀') });
      }
      expect((await hostA.get(`/api/rounds/${rounds[0].id}/incentives`)).status).toBe(403);
    });

    it('lets org staff confirm (amended), reject and flag an exemplar, each with its note', async () => {
      const [confirmable] = (await staff.get(`/api/rounds/${rounds[1].id}/incentives`)).body;
      expect((await leader.post(`/api/incentives/${confirmable.id}/decide`, { version: confirmable.version, outcome: 'CONFIRMED', note: 'x' })).status).toBe(403);
      const noNote = await staff.post(`/api/incentives/${confirmable.id}/decide`, { version: confirmable.version, outcome: 'CONFIRMED' });
      expect(noNote.status).toBe(400);
      expect(noNote.body.details.fields[0].field).toBe('note');
      const confirmed = await staff.post(`/api/incentives/${confirmable.id}/decide`, { version: confirmable.version, outcome: 'CONFIRMED', measure: '在全区通报表扬，优先推荐参加年度评优', note: '区委组织部部务会研究' });
      expect(confirmed.body).toMatchObject({ status: 'CONFIRMED', measure: '在全区通报表扬，优先推荐参加年度评优' });
      expect((await staff.post(`/api/incentives/${confirmable.id}/decide`, { version: confirmed.body.version, outcome: 'REJECTED', note: 'y' })).status).toBe(409);
      const noCitation = await staff.put(`/api/incentives/${confirmable.id}/exemplar`, { version: confirmed.body.version, exemplar: true });
      expect(noCitation.status).toBe(400);
      const flagged = await staff.put(`/api/incentives/${confirmable.id}/exemplar`, { version: confirmed.body.version, exemplar: true, citation: '扎根基层一线，群众满意度全区第一' });
      expect(flagged.body).toMatchObject({ exemplar: true, exemplarCitation: '扎根基层一线，群众满意度全区第一' });

      const [rejectable] = (await staff.get(`/api/rounds/${rounds[0].id}/incentives`)).body;
      const rejected = await staff.post(`/api/incentives/${rejectable.id}/decide`, { version: rejectable.version, outcome: 'REJECTED', note: '已在其他渠道落实' });
      expect(rejected.body).toMatchObject({ status: 'REJECTED', measure: null });
      expect((await staff.put(`/api/incentives/${rejectable.id}/exemplar`, { version: rejected.body.version, exemplar: true, citation: 'x' })).status).toBe(409);
    });

    it('proposes the Excellent cadres for the talent pool, those Excellent in two rounds first, and takes a recommendation', async () => {
      const pool = (await leader.get('/api/talent-pool?pageSize=100')).body;
      const ours = pool.items.filter((e: { cadreId: string }) => [cadre.x, cadre.y].includes(e.cadreId));
      expect(ours.map((e: { cadreId: string }) => e.cadreId).sort()).toEqual([cadre.x, cadre.y].sort());
      expect(ours.every((e: { priority: boolean; status: string }) => e.priority && e.status === 'PROPOSED')).toBe(true);
      expect(pool.items.some((e: { cadreId: string }) => e.cadreId === cadre.z)).toBe(false);
      // Those Excellent in two or more rounds come first (the pool holds other suites' cadres too).
      const priorities = pool.items.map((e: { priority: boolean }) => e.priority);
      expect(priorities).toEqual([...priorities].sort((a: boolean, b: boolean) => Number(b) - Number(a)));
      const x = ours.find((e: { cadreId: string }) => e.cadreId === cadre.x);
      // X: Excellent in rounds 2 and 4 and in the 2024 round (the only cadre there).
      expect(x.excellentRounds).toBe(3);
      expect((await leader.get('/api/talent-pool?minExcellentRounds=3&pageSize=100')).body.items.map((e: { cadreId: string }) => e.cadreId)).toContain(cadre.x);
      const confirmed = await staff.post(`/api/talent-pool/${x.id}/decide`, { version: x.version, outcome: 'CONFIRMED', recommendation: '建议作为街道领导班子后备人选' });
      expect(confirmed.status).toBe(200);
      expect(confirmed.body).toMatchObject({ status: 'CONFIRMED', recommendation: '建议作为街道领导班子后备人选' });
      expect((await hostA.get('/api/talent-pool')).status).toBe(403);
    });
  });

  describe('the comprehensive appraisal (综合鉴定)', () => {
    const textOf = (appraisal: { sections: { aspect: string; text: string }[] }) => Object.fromEntries(appraisal.sections.map((s) => [s.aspect, s.text]));

    it('is composed when the secondment is completed, and again on request from the data as it now stands: four rounds of real numbers', async () => {
      const draft = (await staff.get(`/api/secondments/${xSecondmentA}/appraisal`)).body;
      expect(draft).toMatchObject({ status: 'DRAFT', statusLabel: '草稿' });
      expect(draft.sections).toHaveLength(13);
      // Composed at completion: before the exemplar was flagged.
      expect(textOf(draft).INCENTIVES).not.toContain('示范标杆');
      expect((await hostA.post(`/api/secondments/${xSecondmentA}/appraisal/compose`, { version: draft.version })).status).toBe(403);

      const recomposed = await staff.post(`/api/secondments/${xSecondmentA}/appraisal/compose`, { version: draft.version });
      expect(recomposed.status).toBe(200);
      const text = textOf(recomposed.body);
      // The superseded entry is left out: four rounds, not five.
      expect(text.GRADES).toContain('共参加考核 4 次');
      expect(text.GRADES).toContain('优秀 2 次、称职 2 次');
      expect(text.POLITICAL_QUALITY).toContain('5.00/5.00');
      expect(text.RESULTS).toContain('采集业绩信息 1 条（已审核 1 条），填报工作纪实 3 篇（用人单位确认 2 篇）');
      expect(text.RECOGNITION).toContain('民主测评应参评 1 人、实参评 1 人，优秀 1 票');
      expect(text.HOST_UNIT_OPINION).toContain('第4季度表现突出');
      expect(text.INCENTIVES).toContain('在全区通报表扬，优先推荐参加年度评优');
      expect(text.INCENTIVES).toContain('示范标杆：扎根基层一线，群众满意度全区第一');
      expect(text.INCENTIVES).toContain('建议作为街道领导班子后备人选');
      expect(text.CONCLUSION).toContain('最近一次');
      expect((await staff.get(`/api/secondments/${xSecondmentA}`)).body.status).toBe('COMPLETED');
    });

    it('says where data is missing for a cadre with none', async () => {
      const secondment = (await staff.get(`/api/secondments/${zSecondment}`)).body;
      const completed = await staff.post(`/api/secondments/${zSecondment}/complete`, { version: secondment.version });
      const text = textOf(completed.body);
      expect(text.POLITICAL_QUALITY).toContain('缺少政治素质方面的考核数据');
      expect(text.RESULTS).toContain('未采集到业绩信息和工作纪实（无数据）');
      expect(text.CONCLUSION).toContain('暂不能形成鉴定结论');
    });

    it('is edited while a draft; filed, it refuses edits in the API and in the database', async () => {
      const draft = (await staff.get(`/api/secondments/${xSecondmentA}/appraisal`)).body;
      const edited = await staff.put(`/api/secondments/${xSecondmentA}/appraisal`, { version: draft.version, sections: [{ aspect: 'STRENGTHS', text: '善于做群众工作，敢于攻坚克难。' }] });
      expect(edited.status).toBe(200);
      expect(edited.body.sections.find((s: { aspect: string }) => s.aspect === 'STRENGTHS').text).toBe('善于做群众工作，敢于攻坚克难。');
      expect(edited.body.sections.find((s: { aspect: string }) => s.aspect === 'GRADES').text).toBe(draft.sections.find((s: { aspect: string }) => s.aspect === 'GRADES').text);
      expect((await staff.put(`/api/secondments/${xSecondmentA}/appraisal`, { version: draft.version, sections: [{ aspect: 'STRENGTHS', text: '旧版本' }] })).status).toBe(409);
      const badAspect = await staff.put(`/api/secondments/${xSecondmentA}/appraisal`, { version: edited.body.version, sections: [{ aspect: 'HOBBIES', text: 'x' }] });
      expect(badAspect.status).toBe(400);

      const filed = await staff.post(`/api/secondments/${xSecondmentA}/appraisal/file`, { version: edited.body.version });
      expect(filed.body).toMatchObject({ status: 'FILED', statusLabel: '已归档' });
      const late = await staff.put(`/api/secondments/${xSecondmentA}/appraisal`, { version: filed.body.version, sections: [{ aspect: 'STRENGTHS', text: '改' }] });
      expect(late.status).toBe(409);
      expect((await staff.post(`/api/secondments/${xSecondmentA}/appraisal/compose`, { version: filed.body.version })).status).toBe(409);
      await expect(t.dataSource.query(`UPDATE comprehensive_appraisal SET sections = '[]' WHERE secondment_id = $1`, [xSecondmentA])).rejects.toThrow(/filed/);
    });
  });

  describe('materials', () => {
    let materialId: string;

    it('stores a file recognized by its content, and refuses one that is not an allowed type', async () => {
      const upload = (query: string, file: Buffer, name: string) =>
        staff.post(`/api/dossiers/${cadre.x}/materials?${query}`).attach('file', file, name);
      const stored = await upload(`secondmentId=${xSecondmentA}&assessmentId=${rounds[0].x}&kind=PHOTO&description=${encodeURIComponent('走访群众照片')}`, PNG, '照片.png');
      expect(stored.status).toBe(201);
      expect(stored.body).toMatchObject({ kind: 'PHOTO', kindLabel: '照片', type: 'png', size: PNG.length, filename: '照片.png' });
      materialId = stored.body.id;
      const text = await upload(`secondmentId=${xSecondmentA}&kind=OTHER&description=x`, Buffer.from('not a picture'), 'fake.png');
      expect(text.status).toBe(400);
      expect(text.body.details.fields[0].field).toBe('file');
      const foreign = await upload(`secondmentId=${zSecondment}&kind=OTHER&description=x`, PNG, 'a.png');
      expect(foreign.status).toBe(400);
      expect(foreign.body.details.fields[0].field).toBe('secondmentId');
      expect((await hostA.post(`/api/dossiers/${cadre.x}/materials?secondmentId=${xSecondmentA}&kind=OTHER&description=x`).attach('file', PNG, 'a.png')).status).toBe(403);
    });

    it('is downloaded by those who may read the dossier', async () => {
      const download = (session: Session) => session.get(`/api/dossiers/${cadre.x}/materials/${materialId}`).buffer(true).parse(binary);
      const got = await download(hostA);
      expect(got.status).toBe(200);
      expect(Buffer.compare(got.body as Buffer, PNG)).toBe(0);
      expect(got.headers['content-type']).toBe('image/png');
      expect((await download(hostB)).status).toBe(404);
    });

    it('keeps neither file nor row of an upload cut off half-way', async () => {
      const count = async () => (await t.dataSource.query('SELECT count(*)::int AS n FROM dossier_material'))[0].n as number;
      const before = await count();
      const server = t.app.getHttpServer();
      if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const { port } = server.address() as AddressInfo;
      const boundary = 'cut-off-boundary';
      const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.png"\r\nContent-Type: image/png\r\n\r\n`);
      const body = Buffer.concat([head, PNG.subarray(0, 16), Buffer.alloc(512 * 1024)]);
      await new Promise<void>((resolve) => {
        const req = httpRequest({
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: `/api/dossiers/${cadre.x}/materials?secondmentId=${xSecondmentA}&kind=OTHER&description=x`,
          headers: { authorization: `Bearer ${staff.accessToken}`, 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': String(body.length + 4 * 1024 * 1024) },
        });
        req.on('error', () => resolve());
        req.on('response', () => resolve());
        req.write(body, () => setTimeout(() => req.destroy(), 200));
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await count()).toBe(before);
      expect((await staff.get('/api/health')).status).toBe(200);
    });
  });

  describe('one-click lookup (一键查询)', () => {
    it('returns the whole archive in one response to the organization department', async () => {
      const dossier = (await staff.get(`/api/dossiers/${cadre.x}`)).body;
      expect(dossier.profile).toMatchObject({ id: cadre.x });
      expect(dossier.profile.secondments).toHaveLength(2);
      expect(dossier.results).toHaveLength(5);
      expect(dossier.entries).toHaveLength(6);
      expect(dossier.appraisals).toEqual([expect.objectContaining({ secondmentId: xSecondmentA, status: 'FILED' })]);
      expect(dossier.materials).toEqual([expect.objectContaining({ kind: 'PHOTO', filename: '照片.png' })]);
      expect(dossier.incentives.map((i: { status: string }) => i.status).sort()).toEqual(['CONFIRMED', 'PROPOSED', 'PROPOSED']);
      expect(dossier.talentPool).toMatchObject({ status: 'CONFIRMED' });
      expect(JSON.stringify(dossier)).not.toContain('"data"');
    });

    it('shows a host unit only what belongs to the secondment at its unit, and another unit nothing', async () => {
      const a = (await hostA.get(`/api/dossiers/${cadre.x}`)).body;
      expect(new Set(a.entries.map((e: { secondmentId: string }) => e.secondmentId))).toEqual(new Set([xSecondmentA]));
      expect(a.entries).toHaveLength(5);
      expect(a.results).toHaveLength(4);
      expect(a.appraisals).toHaveLength(1);
      expect(a.materials).toHaveLength(1);
      expect(a.profile.secondments.map((s: { id: string }) => s.id)).toEqual([xSecondmentA]);
      // Only confirmed incentives; no talent-pool status.
      expect(a.incentives.map((i: { status: string }) => i.status)).toEqual(['CONFIRMED']);
      expect(a.talentPool).toBeNull();

      const b = (await hostB.get(`/api/dossiers/${cadre.x}`)).body;
      expect(b.entries.map((e: { secondmentId: string }) => e.secondmentId)).toEqual([xSecondmentB]);
      expect(b.appraisals).toEqual([]);
      expect(b.materials).toEqual([]);
      expect((await hostC.get(`/api/dossiers/${cadre.x}`)).status).toBe(404);
    });

    it('shows a cadre their own dossier and no other; a certifier none', async () => {
      expect((await xSelf.get(`/api/dossiers/${cadre.x}`)).body.entries).toHaveLength(6);
      expect((await xSelf.get(`/api/dossiers/${cadre.y}`)).status).toBe(404);
      expect((await (await signIn(t, Role.Certifier)).get(`/api/dossiers/${cadre.x}`)).status).toBe(403);
    });

    it('finds dossiers by grade and name, with the count of Excellent rounds', async () => {
      const found = (await leader.get(`/api/dossiers?grade=EXCELLENT&q=${encodeURIComponent('张晓')}&pageSize=100`)).body;
      const x = found.items.find((i: { cadreId: string }) => i.cadreId === cadre.x);
      expect(x).toMatchObject({ excellentRounds: 3, latestGrade: 'EXCELLENT' });
      expect(found.items.some((i: { cadreId: string }) => i.cadreId === cadre.z)).toBe(false);
      const byHost = (await hostB.get('/api/dossiers?pageSize=100')).body.items.map((i: { cadreId: string }) => i.cadreId).sort();
      expect(byHost).toEqual([cadre.x, cadre.z].sort());
    });
  });

  describe('workbooks', () => {
    const workbookOf = async (response: { status: number; body: unknown }) => {
      expect(response.status).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(response.body as ArrayBuffer);
      return workbook;
    };
    const get = (session: Session, path: string) => session.get(path).buffer(true).parse(binary);

    it('exports the dossier: profile, the scores of every round under their items, the appraisal', async () => {
      const response = await get(staff, `/api/dossiers/${cadre.x}/dossier.xlsx`);
      expect(response.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('干部成长档案-')}`);
      const workbook = await workbookOf(response);
      expect(workbook.worksheets.map((w) => w.name)).toEqual(['基本情况', '历次考核', '综合鉴定']);

      const profile = workbook.getWorksheet('基本情况') as ExcelJS.Worksheet;
      expect(String(profile.getCell('A1').value)).toMatch(/^干部成长档案（张晓/);
      expect(profile.getCell('A1').isMerged).toBe(true);
      expect(profile.getCell('A2').value).toBe('姓名');
      expect(profile.getCell('C2').value).toBe('性别');
      expect(profile.getCell('A7').value).toBe('身份证号');
      // Org staff see the national id in full.
      expect(String(profile.getCell('B7').value)).toMatch(/^\d{17}[\dX]$/);

      const results = workbook.getWorksheet('历次考核') as ExcelJS.Worksheet;
      expect(results.getCell('F2').value).toBe('1 日常工作纪实');
      expect(results.getCell('F2').isMerged).toBe(true);
      expect(results.getCell('F3').value).toBe('1.1 在岗履职');
      expect(results.getCell('R3').value).toBe('5.3 能力素质');
      expect(results.getCell('S2').value).toBe('总分');
      // Five current entries, oldest first; round 1: 1.1 = 5.00, total 97.00, 称职.
      expect(results.getCell('B4').value).toMatch(/^2023年第1季度考核/);
      expect(results.getCell('F4').value).toBe(5);
      expect(results.getCell('F4').numFmt).toBe('0.00');
      expect(results.getCell('S4').value).toBe(97);
      expect(results.getCell('U4').value).toBe('称职');
      expect(results.getCell('B8').value).toMatch(/^2024年第一季度考核/);
      expect(results.getCell('B9').value).toBeNull();
      expect(results.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1, printTitlesRow: '2:3' });

      const appraisal = workbook.getWorksheet('综合鉴定') as ExcelJS.Worksheet;
      expect(String(appraisal.getCell('A2').value)).toContain('（已归档）');
      expect(appraisal.getCell('A3').value).toBe('基本情况');
      expect(appraisal.getCell('A15').value).toBe('鉴定结论');
    });

    it('gives a host unit only the rows of its own secondment, with PII masked', async () => {
      const workbook = await workbookOf(await get(hostB, `/api/dossiers/${cadre.x}/dossier.xlsx`));
      const results = workbook.getWorksheet('历次考核') as ExcelJS.Worksheet;
      expect(results.getCell('B4').value).toMatch(/^2024年第一季度考核/);
      expect(results.getCell('B5').value).toBeNull();
      expect(String((workbook.getWorksheet('基本情况') as ExcelJS.Worksheet).getCell('B7').value)).toContain('*');
      expect((await get(hostC, `/api/dossiers/${cadre.x}/dossier.xlsx`)).status).toBe(404);
    });

    it('exports the appraisal form on one A4 page: the facts, every aspect, the seal line', async () => {
      const workbook = await workbookOf(await get(hostA, `/api/secondments/${xSecondmentA}/appraisal.xlsx`));
      const sheet = workbook.getWorksheet('综合鉴定表') as ExcelJS.Worksheet;
      expect(sheet.getCell('A1').value).toBe('挂职历练干部综合鉴定表');
      expect(sheet.getCell('A1').isMerged).toBe(true);
      expect(sheet.getCell('A2').value).toBe('姓名');
      expect(String(sheet.getCell('D6').value)).toBe('2023年1月1日至2023年12月31日');
      const aspects = Array.from({ length: 13 }, (_, i) => sheet.getCell(7 + i, 1).value);
      expect(aspects[0]).toBe('基本情况');
      expect(aspects[12]).toBe('鉴定结论');
      expect(String(sheet.getCell('B9').value)).toContain('得分');
      expect(String(sheet.getCell('A20').value)).toContain('组织部门意见（盖章）');
      expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToWidth: 1 });
      expect((await get(hostB, `/api/secondments/${xSecondmentA}/appraisal.xlsx`)).status).toBe(404);
    });
  });
});
