import { Injectable } from '@nestjs/common';
import {
  acceptsInputs,
  DomainError,
  type InvalidField,
  points,
  resolveSubItems,
  ROUND_STATUS_LABELS,
  SCORE_SOURCE_LABELS,
  ScoreSource,
  type ScoreResult,
  toPoints,
  RoundStatus,
  SECONDMENT_CATEGORY,
  WORK_RECORD_SUB_ITEM,
  workRecordSuggestion,
} from '@app/domain';
import { WorkRecordsRepository } from '../work-records/work-records.repository';
import type { SignedInActor } from '../../common/auth/actor';
import { type ObjectScope, objectScopeOf } from '../../common/auth/object-scope';
import { AuditService } from '../audit/audit.service';
import { RoundsRepository } from '../rounds/rounds.repository';
import type { AssessmentScore } from './assessment-score.entity';
import { AssessmentScoring, rubricOf } from './assessment-scoring';
import type { Assessment } from './assessment.entity';
import { AssessmentsRepository, type ScoredAssessment, type ScoreWrite } from './assessments.repository';
import {
  type AssessmentResponse,
  type AssessmentSummaryResponse,
  type EnterScoresDto,
  type HostUnitEvaluationDto,
  type ScoreSheetRowResponse,
  type SuggestionResponse,
  toAssessmentResponse,
} from './dto/assessment.dto';
import { toScoreResponse } from '../rubrics/dto/rubric-response.dto';
import { refOf } from '../../common/dto/ref.dto';

/** Inputs change while the round collects them, or on an assessment a leader reopened after finalization. */
export function takesInputs(status: RoundStatus, assessment: Pick<Assessment, 'reopenedAt'>): boolean {
  return acceptsInputs(status) || (status === RoundStatus.Finalized && assessment.reopenedAt !== null);
}

/** Why scores cannot change now, as the console says it. */
function scoresClosedInChinese(status: RoundStatus): string {
  return `本轮考核当前处于“${ROUND_STATUS_LABELS[status]}”状态，只有在“评分中”阶段才能录入或修改评分`;
}

type ScoredRound = ScoredAssessment['round'];

@Injectable()
export class AssessmentsService {
  constructor(
    private readonly assessments: AssessmentsRepository,
    private readonly rounds: RoundsRepository,
    private readonly scoring: AssessmentScoring,
    private readonly audit: AuditService,
    private readonly workRecords: WorkRecordsRepository,
  ) {}

  /** One assessment as the actor may see it; a host unit sees its own evaluation, not the totals. */
  async get(actor: SignedInActor, id: string): Promise<AssessmentResponse> {
    const { assessment, round } = await this.load(id, objectScopeOf(actor.user));
    return this.respond(actor, assessment, round);
  }

  /**
   * The response for an assessment as loaded, or after a write at its new version with
   * `entered`, the write under way answering the scores after it: the computed inputs,
   * which it does not change, are read meanwhile.
   */
  private async respond(actor: SignedInActor, assessment: ScoredAssessment, round: ScoredRound, entered: Promise<AssessmentScore[]> = Promise.resolve(assessment.scores)): Promise<AssessmentResponse> {
    const scope = objectScopeOf(actor.user);
    const id = assessment.id;
    // A host unit sees its own evaluation and a certifier nothing entered; neither sees totals.
    if (scope.kind === 'HOST_UNIT') return toAssessmentResponse(assessment, (await entered).filter((s) => s.source === ScoreSource.HostUnit), null);
    if (scope.kind === 'CERTIFIER') {
      await entered;
      return toAssessmentResponse(assessment, [], null);
    }
    const [scores, scored, suggestions] = await Promise.all([
      entered,
      this.scoring.scoreAll(round, [assessment], entered.then((scores) => new Map([[id, scores]]))),
      this.suggestions(round, assessment),
    ]);
    return toAssessmentResponse(assessment, scores, scored.get(id) ?? null, suggestions);
  }

  /** The round's assessments the actor may see, with totals and what is missing (not for host units). */
  async listForRound(actor: SignedInActor, roundId: string): Promise<AssessmentSummaryResponse[]> {
    const round = await this.rounds.findById(roundId);
    if (!round) throw DomainError.notFound('round', roundId);
    const scope = objectScopeOf(actor.user);
    const all = await this.assessments.findByRound(roundId, scope);
    const results: Map<string, ScoreResult> = scope.kind === 'HOST_UNIT' || scope.kind === 'CERTIFIER' ? new Map() : await this.scoring.scoreAll(round, all);
    return all.map((a) => {
      const result = results.get(a.id) ?? null;
      return {
        id: a.id,
        cadre: refOf(a.cadre, a.cadreId),
        hostUnit: refOf(a.secondment?.hostUnit, a.hostUnitId),
        category: a.category,
        total: result && result.total !== null ? toPoints(result.total) : null,
        missing: result ? result.problems.map((p) => p.subItem) : [],
        version: a.version,
      };
    });
  }

  /**
   * The scoring grid of a round: every assessment with each sub-item's score and its
   * explanation, from at most six queries whatever the round's size.
   */
  async scoreSheet(roundId: string): Promise<ScoreSheetRowResponse[]> {
    const round = await this.rounds.findById(roundId);
    if (!round) throw DomainError.notFound('round', roundId);
    const all = await this.assessments.findByRound(roundId, { kind: 'ALL' });
    const results = await this.scoring.scoreAll(round, all);
    return all.map((a) => ({
      id: a.id,
      cadre: refOf(a.cadre, a.cadreId),
      hostUnit: refOf(a.secondment?.hostUnit, a.hostUnitId),
      category: a.category,
      categoryLabel: SECONDMENT_CATEGORY.label(a.category),
      version: a.version,
      reopenedAt: a.reopenedAt?.toISOString() ?? null,
      score: toScoreResponse(results.get(a.id) as ScoreResult),
    }));
  }

  /** Org staff enter the sub-items whose source is the organization department; computed ones are refused. */
  async enterScores(actor: SignedInActor, id: string, dto: EnterScoresDto): Promise<AssessmentResponse> {
    const { assessment, round } = await this.load(id, { kind: 'ALL' });
    const writes = this.checkedWrites(round, assessment, ScoreSource.OrgStaff, dto.scores);
    return this.respond(actor, { ...assessment, version: dto.version + 1 }, round, this.save(actor, assessment, dto.version, writes, 'assessment.scores_entered'));
  }

  /** The host unit's score and written opinion for its own cadre; a new submission replaces the last. */
  async submitHostUnitEvaluation(actor: SignedInActor, id: string, dto: HostUnitEvaluationDto): Promise<AssessmentResponse> {
    const { assessment, round } = await this.load(id, objectScopeOf(actor.user));
    const hostSubItems = resolveSubItems(rubricOf(round), assessment.category).filter(
      (s) => s.sources.length === 1 && s.sources[0].source === ScoreSource.HostUnit,
    );
    if (hostSubItems.length !== 1) throw DomainError.conflict('this rubric has no single host-unit sub-item to evaluate', '本轮考评细则中没有唯一对应的用人单位评价小项，无法提交用人单位评价，请联系考核专班');
    const writes = this.checkedWrites(round, assessment, ScoreSource.HostUnit, [
      { subItemCode: hostSubItems[0].code, points: dto.points, comment: dto.opinion },
    ]);
    return this.respond(actor, { ...assessment, version: dto.version + 1 }, round, this.save(actor, assessment, dto.version, writes, 'assessment.host_unit_evaluated'));
  }

  /** 1.2 from the confirmed work records over the round's part of the secondment. */
  private async suggestions(round: ScoredRound, assessment: ScoredAssessment): Promise<SuggestionResponse[]> {
    const sub = resolveSubItems(rubricOf(round), assessment.category).find((s) => s.code === WORK_RECORD_SUB_ITEM);
    const secondment = assessment.secondment;
    if (!sub || !secondment) return [];
    const period = {
      startDate: round.periodStart > secondment.startDate ? round.periodStart : secondment.startDate,
      endDate: round.periodEnd < secondment.endDate ? round.periodEnd : secondment.endDate,
    };
    const dates = (await this.workRecords.confirmedDates([secondment.id])).get(secondment.id) ?? [];
    const suggestion = workRecordSuggestion(period, dates, sub.maxPoints);
    return [{ subItemCode: sub.code, points: toPoints(suggestion.points), explanation: suggestion.explanation }];
  }

  private async load(id: string, scope: ObjectScope): Promise<{ assessment: ScoredAssessment; round: ScoredRound }> {
    const assessment = await this.assessments.findForScoring(id, scope);
    if (!assessment) throw DomainError.notFound('assessment', id);
    return { assessment, round: assessment.round };
  }

  /** Each score must name a sub-item of this source under the category's variant, within its maximum. */
  private checkedWrites(
    round: ScoredRound,
    assessment: ScoredAssessment,
    source: ScoreSource,
    scores: { subItemCode: string; points: number; comment?: string }[],
  ): ScoreWrite[] {
    if (!takesInputs(round.status, assessment)) {
      throw DomainError.conflict(`the round is ${round.status}; scores can change only while it is COLLECTING`, scoresClosedInChinese(round.status), { status: round.status });
    }
    const subItems = new Map(resolveSubItems(rubricOf(round), assessment.category).map((s) => [s.code, s]));
    const problems: InvalidField[] = [];
    scores.forEach((score, i) => {
      const sub = subItems.get(score.subItemCode);
      const field = `scores.${i}`;
      if (!sub) {
        problems.push({ field: `${field}.subItemCode`, message: `the rubric has no sub-item ${score.subItemCode}`, inChinese: `考评细则中没有编号为 ${score.subItemCode} 的小项` });
      } else if (sub.sources.length !== 1 || sub.sources[0].source !== source) {
        const from = sub.sources.map((s) => SCORE_SOURCE_LABELS[s.source]).join('、');
        problems.push({
          field: `${field}.subItemCode`,
          message: `${sub.code} ${sub.name} comes from ${from}, not from ${SCORE_SOURCE_LABELS[source]}`,
          inChinese: `小项 ${sub.code}“${sub.name}”的分数来自${from}，不在${SCORE_SOURCE_LABELS[source]}中填写`,
        });
      } else if (points(score.points) > sub.maxPoints) {
        problems.push({ field: `${field}.points`, message: `${sub.code} ${sub.name} has at most ${toPoints(sub.maxPoints)} points`, inChinese: `小项 ${sub.code}“${sub.name}”最多 ${toPoints(sub.maxPoints)} 分` });
      }
    });
    const repeated = scores.find((s, i) => scores.findIndex((other) => other.subItemCode === s.subItemCode) !== i);
    if (repeated) problems.push({ field: 'scores', message: 'a sub-item appears twice', inChinese: `小项 ${repeated.subItemCode} 重复填写` });
    if (problems.length > 0) throw DomainError.invalidFields(problems);
    return scores.map((s) => ({ subItemCode: s.subItemCode, points: points(s.points), source, comment: s.comment ?? null }));
  }

  /**
   * Writes the scores at `version` with their audit event, in one statement; the entered
   * scores after the write. Nothing is written when the assessment has changed since it was
   * loaded or its round no longer takes inputs.
   */
  private async save(actor: SignedInActor, assessment: ScoredAssessment, version: number, writes: ScoreWrite[], action: string): Promise<AssessmentScore[]> {
    if (assessment.version !== version) throw DomainError.versionConflict('assessment', assessment.id);
    // The round must still take inputs when the write lands, not only when it was read;
    // taking `version`, the version loaded, proves the assessment is still as loaded (a
    // reopening bumps it), so its scores before the write are the ones loaded.
    const takingInputs = Object.values(RoundStatus).filter((status) => takesInputs(status, assessment));
    const event = this.audit.event(actor, {
      action,
      targetType: 'assessment',
      targetId: assessment.id,
      before: { scores: assessment.scores.map((s) => ({ subItemCode: s.subItemCode, points: s.points, comment: s.comment })) },
      after: { scores: writes.map((w) => ({ subItemCode: w.subItemCode, points: w.points, comment: w.comment })) },
    });
    const saved = await this.assessments.saveScores(assessment, version, takingInputs, actor.user.userId, writes, event);
    if (!takesInputs(saved.roundStatus, assessment)) {
      throw DomainError.conflict(`the round is ${saved.roundStatus}; scores can change only while it is COLLECTING`, scoresClosedInChinese(saved.roundStatus), { status: saved.roundStatus });
    }
    if (!saved.taken) throw DomainError.versionConflict('assessment', assessment.id);
    const replaced = new Set(saved.written.map((s) => s.subItemCode));
    return [...assessment.scores.filter((s) => !replaced.has(s.subItemCode)), ...saved.written].sort((a, b) => (a.subItemCode < b.subItemCode ? -1 : a.subItemCode > b.subItemCode ? 1 : 0));
  }
}
