import { Injectable } from '@nestjs/common';
import { computeScore, DomainError, type RatingSource, type RatingTally, rubricProblems, type ScoreResult, points } from '@app/domain';
import type { SignedInActor } from '../../common/auth/actor';
import { AuditService } from '../audit/audit.service';
import { fromDefinitionDto } from './dto/rubric-definition.dto';
import { type CreateRubricDraftDto, enteredProblems, type ScorePreviewDto, type UpdateRubricDraftDto } from './dto/rubric-requests.dto';
import { RubricStatus, type RubricVersion } from './rubric-version.entity';
import { type RubricChanges, RubricsRepository } from './rubrics.repository';

@Injectable()
export class RubricsService {
  constructor(
    private readonly rubrics: RubricsRepository,
    private readonly audit: AuditService,
  ) {}

  async get(id: string): Promise<RubricVersion> {
    const rubric = await this.rubrics.findById(id);
    if (!rubric) throw DomainError.notFound('rubric', id);
    return rubric;
  }

  /** A new draft, copied from any version. */
  async createDraft(actor: SignedInActor, dto: CreateRubricDraftDto): Promise<RubricVersion> {
    const source = await this.rubrics.findById(dto.basedOnId);
    if (!source) throw DomainError.unknownReference('basedOnId', 'rubric', dto.basedOnId);
    await this.checkNameFree(dto.name);
    return this.rubrics.transaction(async (manager) => {
      const draft = await this.rubrics.insertDraft(manager, dto.name, structuredClone(source.definition), source.id);
      await this.audit.record(manager, actor, { action: 'rubric.draft_created', targetType: 'rubric', targetId: draft.id, after: { name: draft.name, basedOnId: source.id } });
      return draft;
    });
  }

  /** Edits a draft. A published version is frozen: rounds score against it. */
  async updateDraft(actor: SignedInActor, id: string, dto: UpdateRubricDraftDto): Promise<RubricVersion> {
    const current = await this.get(id);
    this.checkDraft(current);
    if (current.version !== dto.version) throw DomainError.versionConflict('rubric', id);
    const changes: RubricChanges = {};
    if (dto.name !== undefined && dto.name !== current.name) {
      await this.checkNameFree(dto.name);
      changes.name = dto.name;
    }
    if (dto.definition !== undefined) changes.definition = fromDefinitionDto(dto.definition);
    return this.save(actor, current, dto.version, changes, 'rubric.draft_updated');
  }

  /** Publishes a draft once it is consistent; every reason it is not is listed. */
  async publish(actor: SignedInActor, id: string, version: number): Promise<RubricVersion> {
    const current = await this.get(id);
    this.checkDraft(current);
    if (current.version !== version) throw DomainError.versionConflict('rubric', id);
    const problems = rubricProblems(current.definition);
    if (problems.length > 0) {
      throw DomainError.invalidFields(problems.map((p) => ({ field: `definition.${p.path}`, message: p.message, inChinese: p.message })));
    }
    return this.save(actor, current, version, { status: RubricStatus.Published, publishedAt: new Date(), publishedBy: actor.user.userId }, 'rubric.published');
  }

  /** Scores made-up inputs against a version, for the people who tune it. */
  async preview(id: string, dto: ScorePreviewDto): Promise<ScoreResult> {
    const rubric = await this.get(id);
    const problems = enteredProblems(dto.entered);
    if (problems.length > 0) throw DomainError.invalidFields(problems);
    const entered = Object.fromEntries(Object.entries(dto.entered).map(([code, value]) => [code, points(value)]));
    const ratings = Object.fromEntries(Object.entries(dto.ratings).filter(([, tally]) => tally !== undefined)) as Partial<Record<RatingSource, RatingTally>>;
    return computeScore(rubric.definition, dto.category, { entered, ratings });
  }

  private async save(actor: SignedInActor, current: RubricVersion, version: number, changes: RubricChanges, action: string): Promise<RubricVersion> {
    return this.rubrics.transaction(async (manager) => {
      if (!(await this.rubrics.updateAtVersion(manager, current.id, version, changes))) throw DomainError.versionConflict('rubric', current.id);
      const updated = (await this.rubrics.findById(current.id, manager)) as RubricVersion;
      await this.audit.record(manager, actor, {
        action,
        targetType: 'rubric',
        targetId: current.id,
        before: { name: current.name, status: current.status, definition: current.definition },
        after: { name: updated.name, status: updated.status, definition: updated.definition },
      });
      return updated;
    });
  }

  private checkDraft(rubric: RubricVersion): void {
    if (rubric.status !== RubricStatus.Draft) {
      throw DomainError.conflict(`rubric ${rubric.name} is published and cannot change; copy it into a new draft`, `考评细则“${rubric.name}”已发布，不能修改；如需调整，请复制为新的草稿`, { status: rubric.status });
    }
  }

  private async checkNameFree(name: string): Promise<void> {
    if (await this.rubrics.findByName(name)) throw DomainError.conflict(`a rubric named ${name} exists`, `已有名为“${name}”的考评细则`, { field: 'name' });
  }
}
