import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  APPRAISAL_ASPECT_TITLES,
  type AppraisalSection,
  composeAppraisal,
  DomainError,
  EDUCATION,
  GENDER,
  POLITICAL_STATUS,
  SECONDMENT_CATEGORY,
  SECONDMENT_STATUS,
  SecondmentStatus,
  TalentPoolStatus,
} from '@app/domain';
import type { SignedInActor } from '../../common/auth/actor';
import { objectScopeOf } from '../../common/auth/object-scope';
import { AuditService } from '../audit/audit.service';
import { SecondmentsRepository } from '../secondments/secondments.repository';
import { AppraisalStatus, ComprehensiveAppraisal } from './dossier.entities';
import { DossiersRepository } from './dossiers.repository';
import type { SectionEditDto } from './dto/dossier.dto';


/**
 * The comprehensive appraisal (综合鉴定): composed when a secondment is completed,
 * edited by org staff while a draft, immutable once filed.
 */
@Injectable()
export class AppraisalsService {
  constructor(
    private readonly dossiers: DossiersRepository,
    private readonly secondments: SecondmentsRepository,
    private readonly audit: AuditService,
  ) {}

  /** Completes an ACTIVE secondment and composes its appraisal, in one transaction. */
  async complete(actor: SignedInActor, secondmentId: string, version: number): Promise<ComprehensiveAppraisal> {
    const secondment = await this.secondments.findById(secondmentId, { kind: 'ALL' });
    if (!secondment) throw DomainError.notFound('secondment', secondmentId);
    if (secondment.status !== SecondmentStatus.Active) throw DomainError.conflict(`a ${secondment.status} secondment cannot be completed`, `该挂职历练当前为“${SECONDMENT_STATUS.label(secondment.status)}”状态，只有在岗的挂职历练才能办理期满`, { field: 'status' });
    const id = await this.dossiers.transaction(async (manager) => {
      if (!(await this.secondments.updateAtVersion(manager, secondmentId, version, { status: SecondmentStatus.Completed }))) {
        throw DomainError.versionConflict('secondment', secondmentId);
      }
      const { cadreId, sections } = await this.compose(manager, secondmentId);
      const repository = manager.getRepository(ComprehensiveAppraisal);
      const appraisal = await repository.save(repository.create({ secondmentId, cadreId, sections, status: AppraisalStatus.Draft }));
      await this.audit.record(manager, actor, {
        action: 'secondment.completed',
        targetType: 'secondment',
        targetId: secondmentId,
        before: { status: secondment.status },
        after: { status: SecondmentStatus.Completed, appraisalId: appraisal.id },
      });
      return appraisal.id;
    });
    return (await this.dossiers.appraisalOf(secondmentId, { kind: 'ALL' })) ?? this.missing(id);
  }

  async get(actor: SignedInActor, secondmentId: string): Promise<ComprehensiveAppraisal> {
    return (await this.dossiers.appraisalOf(secondmentId, objectScopeOf(actor.user))) ?? this.missing(secondmentId);
  }

  /** Rewrites the given sections of a draft; the others stay. */
  async edit(actor: SignedInActor, secondmentId: string, version: number, edits: SectionEditDto[]): Promise<ComprehensiveAppraisal> {
    const current = await this.draft(secondmentId);
    const repeated = edits.find((e, i) => edits.findIndex((other) => other.aspect === e.aspect) !== i);
    if (repeated) throw DomainError.invalidInput('sections', 'each aspect at most once', `每个方面只能修改一次（“${APPRAISAL_ASPECT_TITLES[repeated.aspect]}”出现了两次）`);
    const byAspect = new Map(edits.map((e) => [e.aspect, e.text]));
    const sections = current.sections.map((s) => ({ ...s, text: byAspect.get(s.aspect) ?? s.text }));
    return this.write(actor, current, version, async () => ({ sections, editedBy: actor.user.userId, editedAt: new Date() }), 'appraisal.edited', { aspects: [...byAspect.keys()] });
  }

  /** Composes a draft again from the data as it now stands (a round finalized since, say); edits are replaced. */
  async recompose(actor: SignedInActor, secondmentId: string, version: number): Promise<ComprehensiveAppraisal> {
    const current = await this.draft(secondmentId);
    return this.write(actor, current, version, async (manager) => ({ sections: (await this.compose(manager, secondmentId)).sections, editedBy: null, editedAt: null }), 'appraisal.recomposed', {});
  }

  /** Files the appraisal into the archive: from now on the database refuses any change to it. */
  async file(actor: SignedInActor, secondmentId: string, version: number): Promise<ComprehensiveAppraisal> {
    const current = await this.draft(secondmentId);
    return this.write(actor, current, version, async () => ({ status: AppraisalStatus.Filed, filedBy: actor.user.userId, filedAt: new Date() }), 'appraisal.filed', {});
  }

  private async draft(secondmentId: string): Promise<ComprehensiveAppraisal> {
    const current = (await this.dossiers.appraisalOf(secondmentId, { kind: 'ALL' })) ?? this.missing(secondmentId);
    if (current.status !== AppraisalStatus.Draft) throw DomainError.conflict('the appraisal is filed and can no longer change', '综合鉴定已归档，不能再修改');
    return current;
  }

  private async write(
    actor: SignedInActor,
    current: ComprehensiveAppraisal,
    version: number,
    changes: (manager: EntityManager) => Promise<Partial<ComprehensiveAppraisal>>,
    action: string,
    details: Record<string, unknown>,
  ): Promise<ComprehensiveAppraisal> {
    await this.dossiers.transaction(async (manager) => {
      if (!(await this.dossiers.updateAppraisal(manager, current.id, version, await changes(manager)))) throw DomainError.versionConflict('appraisal', current.id);
      await this.audit.record(manager, actor, { action, targetType: 'secondment', targetId: current.secondmentId, after: { appraisalId: current.id, ...details } });
    });
    return (await this.dossiers.appraisalOf(current.secondmentId, { kind: 'ALL' })) ?? this.missing(current.secondmentId);
  }

  private missing(secondmentId: string): never {
    throw DomainError.notFound('appraisal of secondment', secondmentId);
  }

  /** The appraisal's sections from the secondment's data, read in the caller's transaction. */
  private async compose(run: EntityManager, secondmentId: string): Promise<{ cadreId: string; sections: AppraisalSection[] }> {
    const facts = await this.dossiers.secondmentFacts(secondmentId, run);
    if (!facts) throw DomainError.notFound('secondment', secondmentId);
    const entries = await this.dossiers.currentEntriesOf(secondmentId, run);
    const { workRecords, performance } = await this.dossiers.recordCounts(secondmentId, run);
    const incentives = await this.dossiers.confirmedIncentivesOf(secondmentId, run);
    const talent = await this.dossiers.talentPoolEntry(facts.cadreId, run);
    const sections = composeAppraisal({
      cadre: {
        name: facts.name,
        gender: GENDER.label(facts.gender),
        birthDate: facts.birthDate,
        politicalStatus: POLITICAL_STATUS.label(facts.politicalStatus),
        education: EDUCATION.label(facts.education),
        homeUnit: facts.homeUnit,
        position: facts.position,
        rank: facts.rank,
      },
      secondment: {
        hostUnit: facts.hostUnit,
        category: SECONDMENT_CATEGORY.label(facts.category),
        post: facts.post,
        startDate: facts.startDate,
        endDate: facts.endDate,
        groupLabel: facts.groupLabel,
      },
      entries: entries.map((e) => e.snapshot),
      workRecords: { confirmed: workRecords.CONFIRMED ?? 0, rejected: workRecords.REJECTED ?? 0, submitted: workRecords.PENDING ?? 0 },
      performanceEntries: { reviewed: performance.REVIEWED ?? 0, submitted: performance.SUBMITTED ?? 0 },
      incentives: incentives.map((i) => ({ round: i.round?.name ?? '', measure: i.measure ?? i.proposedMeasure, exemplarCitation: i.exemplar ? i.exemplarCitation : null })),
      talentPool: talent ? { confirmed: talent.status === TalentPoolStatus.Confirmed, recommendation: talent.recommendation } : null,
    });
    return { cadreId: facts.cadreId, sections };
  }
}
