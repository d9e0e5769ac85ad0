import type { Session } from './session';
import type { TestApp } from './test-app';

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
