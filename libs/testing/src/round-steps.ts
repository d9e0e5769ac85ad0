import { SecondmentCategory, UnitType } from '@app/domain';
import { RubricVersion } from '../../../apps/api/src/modules/rubrics/rubric-version.entity';
import { unique } from './factory';
import type { Session } from './session';
import type { TestApp } from './test-app';

export interface OpenRound {
  id: string;
  name: string;
  /** The round's assessments as its listing gives them, one per cadre. */
  assessments: { id: string; category: string; cadre: { id: string; name: string } }[];
}

/**
 * A batch of new cadres seconded to one host unit, and a round of it opened with the
 * default rubric over HTTP: what a test of a round's later steps starts from.
 */
export async function openRound(
  t: TestApp,
  staff: Session,
  options: {
    /** `groupLabel`: the project group or task group of the cadre's secondment (比对推荐, 集中互评). */
    cadres: { name: string; category?: SecondmentCategory; groupLabel?: string }[];
    name?: string;
    type?: 'QUARTERLY' | 'SPECIAL' | 'FINAL';
    quota?: { kind: 'COUNT' | 'PERCENT'; value: number };
    hostUnitId?: string;
  },
): Promise<OpenRound> {
  const batch = await t.registry.newBatch();
  const hostUnitId = options.hostUnitId ?? (await t.registry.newUnit(UnitType.Host, unique('乡镇'))).id;
  for (const { name, category, groupLabel } of options.cadres) {
    const cadre = await t.registry.newCadre({ name });
    await t.registry.newSecondment({ cadreId: cadre.id, batchId: batch.id, hostUnitId, category: category ?? SecondmentCategory.Grassroots, groupLabel: groupLabel ?? null });
  }
  const rubric = await t.dataSource.getRepository(RubricVersion).findOneByOrFail({ name: '四查四看考评细则（默认版）' });
  const name = options.name ?? unique('2023年度专项考核');
  const quota = options.quota ?? { kind: 'PERCENT', value: 20 };
  const created = await staff.post('/api/rounds', {
    batchId: batch.id, name, type: options.type ?? 'SPECIAL', periodStart: '2023-03-01', periodEnd: '2023-12-31',
    rubricVersionId: rubric.id, quotaKind: quota.kind, quotaValue: quota.value,
  });
  if (created.status !== 201) throw new Error(`creating the round answered ${created.status}: ${JSON.stringify(created.body)}`);
  const id = (created.body as { id: string }).id;
  await step(staff.post(`/api/rounds/${id}/open`), 'open');
  const assessments = (await staff.get(`/api/rounds/${id}/assessments`)).body as OpenRound['assessments'];
  return { id, name, assessments };
}

async function step(response: Promise<{ status: number; body: unknown }>, what: string): Promise<void> {
  const { status, body } = await response;
  if (status !== 200) throw new Error(`${what} answered ${status}: ${JSON.stringify(body)}`);
}

/**
 * Takes an open round whose inputs are all stored through calibration, submission, a
 * leader's approval and publicity to FINALIZED, over HTTP; the publicity period is
 * moved into the past in the database, since no test waits five working days.
 */
export async function finalizeRound(t: TestApp, staff: Session, leader: Session, roundId: string): Promise<void> {
  await step(staff.post(`/api/rounds/${roundId}/start-calibration`), 'start-calibration');
  await step(staff.post(`/api/rounds/${roundId}/submit`), 'submit');
  await step(leader.post(`/api/rounds/${roundId}/approve`, {}), 'approve');
  await step(staff.post(`/api/rounds/${roundId}/start-publicity`), 'start-publicity');
  await t.dataSource.query(`UPDATE assessment_round SET publicity_started_at = publicity_started_at - interval '30 days' WHERE id = $1`, [roundId]);
  await step(staff.post(`/api/rounds/${roundId}/finalize`), 'finalize');
}
