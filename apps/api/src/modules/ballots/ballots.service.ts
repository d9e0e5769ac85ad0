import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  acceptsInputs,
  type BallotTally,
  DomainError,
  formatBallotCode,
  normalizeBallotCode,
  resolveSubItems,
  ROUND_STATUS_LABELS,
  ScoreSource,
  SECONDMENT_CATEGORY,
  tallyBallots,
} from '@app/domain';
import type { Actor, SignedInActor } from '../../common/auth/actor';
import { rubricOf } from '../assessments/assessment-scoring';
import { AssessmentsRepository } from '../assessments/assessments.repository';
import { AuditService } from '../audit/audit.service';
import { RoundsRepository } from '../rounds/rounds.repository';
import type { BallotSession } from './ballot.entities';
import { BallotsRepository } from './ballots.repository';

const hashCode = (code: string) => createHash('sha256').update(normalizeBallotCode(code)).digest('hex');

/** The one answer to every code that cannot vote, so that no answer tells which codes exist. */
const CODE_REFUSED = 'this code cannot be used: it is unknown, already used, or its evaluation has closed';
const CODE_REFUSED_IN_CHINESE = '该评议码无法使用：评议码有误、已经投过票，或本次评议已结束';

@Injectable()
export class BallotsService {
  constructor(
    private readonly ballots: BallotsRepository,
    private readonly assessments: AssessmentsRepository,
    private readonly rounds: RoundsRepository,
    private readonly audit: AuditService,
  ) {}

  /** Opens a democratic evaluation for an assessment whose category has one, and makes its codes. */
  async createSession(actor: SignedInActor, assessmentId: string, expectedVoters: number): Promise<{ session: BallotSession; codes: string[]; tally: BallotTally }> {
    const assessment = await this.assessments.findById(assessmentId, { kind: 'ALL' });
    if (!assessment) throw DomainError.unknownReference('assessmentId', 'assessment', assessmentId);
    const round = await this.rounds.findById(assessment.roundId);
    if (!round) throw DomainError.notFound('round', assessment.roundId);
    if (!acceptsInputs(round.status)) throw DomainError.conflict(`the round is ${round.status}; ballots are taken only while it is COLLECTING`, `本轮考核当前处于“${ROUND_STATUS_LABELS[round.status]}”状态，只有在“评分中”阶段才能开展民主评议`);
    const usesBallots = resolveSubItems(rubricOf(round), assessment.category).some((s) => s.sources.some((share) => share.source === ScoreSource.Ballots));
    if (!usesBallots) throw DomainError.conflict(`a ${assessment.category} assessment has no democratic evaluation under this rubric`, `按本轮考评细则，${SECONDMENT_CATEGORY.label(assessment.category)}干部不开展民主评议`, { field: 'assessmentId' });

    const codes = Array.from({ length: expectedVoters }, () => formatBallotCode(randomBytes(10)));
    const session = await this.ballots.transaction(async (manager) => {
      if (await this.ballots.hasOpenSession(manager, assessmentId)) throw DomainError.conflict('this assessment already has an open democratic evaluation', '该考核已有正在进行的民主评议，须先结束后再开启');
      const created = await this.ballots.insertSession(manager, assessmentId, expectedVoters, codes.map(hashCode));
      await this.audit.record(manager, actor, { action: 'ballot_session.opened', targetType: 'ballot_session', targetId: created.id, after: { assessmentId, expectedVoters } });
      return created;
    });
    return { session, codes, tally: tallyBallots(expectedVoters, {}, round.minParticipationPercent) };
  }

  /** One code, one ballot, once. Nothing stored links the ballot to the code. */
  async cast(actor: Actor, code: string, choice: Parameters<BallotsRepository['castBallot']>[3]): Promise<void> {
    await this.ballots.transaction(async (manager) => {
      const found = await this.ballots.lockCode(manager, hashCode(code));
      if (!found || found.used || !found.open) throw DomainError.conflict(CODE_REFUSED, CODE_REFUSED_IN_CHINESE);
      await this.ballots.castBallot(manager, found.codeId, found.sessionId, choice);
      // The event names the session only: not the code, not the choice.
      await this.audit.record(manager, actor, { action: 'ballot.cast', targetType: 'ballot_session', targetId: found.sessionId });
    });
  }

  async get(id: string): Promise<{ session: BallotSession; tally: BallotTally }> {
    const session = await this.ballots.findSession(id);
    if (!session) throw DomainError.notFound('ballot session', id);
    return { session, tally: await this.tallyOf(session) };
  }

  /** The democratic evaluations of one assessment, newest first, each with its tally. */
  async sessionsOf(assessmentId: string): Promise<{ session: BallotSession; tally: BallotTally }[]> {
    const assessment = await this.assessments.findById(assessmentId, { kind: 'ALL' });
    if (!assessment) throw DomainError.notFound('assessment', assessmentId);
    const round = await this.rounds.findById(assessment.roundId);
    const sessions = await this.ballots.sessionsOf(assessmentId);
    return Promise.all(
      sessions.map(async (session) => ({ session, tally: tallyBallots(session.expectedVoters, await this.ballots.counts(session.id), round?.minParticipationPercent ?? 67) })),
    );
  }

  /** Closes the session; its tally then counts toward 3.1 if participation reached the minimum. */
  async close(actor: SignedInActor, id: string): Promise<{ session: BallotSession; tally: BallotTally }> {
    const { session } = await this.get(id);
    if (session.status !== 'OPEN') throw DomainError.conflict('the democratic evaluation is already closed', '本次民主评议已经结束');
    const tally = await this.ballots.transaction(async (manager) => {
      if (!(await this.ballots.close(manager, session))) throw DomainError.versionConflict('ballot session', id);
      const result = await this.tallyOf(session, manager);
      await this.audit.record(manager, actor, { action: 'ballot_session.closed', targetType: 'ballot_session', targetId: id, after: { ...result } });
      return result;
    });
    return { session: (await this.ballots.findSession(id)) as BallotSession, tally };
  }

  private async tallyOf(session: BallotSession, manager?: Parameters<BallotsRepository['counts']>[1]): Promise<BallotTally> {
    const assessment = await this.assessments.findById(session.assessmentId, { kind: 'ALL' }, manager);
    const round = assessment ? await this.rounds.findById(assessment.roundId, manager) : null;
    return tallyBallots(session.expectedVoters, await this.ballots.counts(session.id, manager), round?.minParticipationPercent ?? 67);
  }
}
