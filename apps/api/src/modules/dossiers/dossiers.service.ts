import { Injectable } from '@nestjs/common';
import { DomainError, EDUCATION, GENDER, POLITICAL_STATUS, SECONDMENT_CATEGORY } from '@app/domain';
import { buildAppraisalForm, buildDossierWorkbook, type DossierProfile, type DossierSecondmentLine } from '@app/excel';
import type { SignedInActor } from '../../common/auth/actor';
import { objectScopeOf } from '../../common/auth/object-scope';
import { recognizedFile, type UploadedFile } from '../../common/http/upload';
import { type Page, toPage } from '../../common/paging/page';
import { AuditService } from '../audit/audit.service';
import type { CadreResponse } from '../cadres/dto/cadre-response.dto';
import { CadresService } from '../cadres/cadres.service';
import type { SecondmentResponse } from '../secondments/dto/secondment-response.dto';
import { CadresRepository } from '../cadres/cadres.repository';
import type { CadreQueryDto } from '../cadres/dto/cadre-requests.dto';
import { SecondmentsRepository } from '../secondments/secondments.repository';
import { DossierMaterial } from './dossier.entities';
import { DossiersRepository } from './dossiers.repository';
import { AppraisalsService } from './appraisals.service';
import { type DossierResponse, type DossierSummaryResponse, type MaterialQueryDto, toAppraisalResponse, toDossierEntryResponse, toMaterialResponse } from './dto/dossier.dto';

/** The growth dossier (成长档案): one-click lookup, search, and materials. */
@Injectable()
export class DossiersService {
  constructor(
    private readonly dossiers: DossiersRepository,
    private readonly cadresService: CadresService,
    private readonly cadres: CadresRepository,
    private readonly secondments: SecondmentsRepository,
    private readonly audit: AuditService,
    private readonly appraisals: AppraisalsService,
  ) {}

  /**
   * Everything of one cadre in one response (一键查询), as far as the caller may see it:
   * a host unit, what belongs to the secondments at its unit; a cadre, their own.
   */
  async lookup(actor: SignedInActor, cadreId: string): Promise<DossierResponse> {
    const scope = objectScopeOf(actor.user);
    // All at once: the profile answers 404 for a cadre out of scope, and then nothing else is sent.
    const [profile, results, entries, appraisals, materials, incentives, talent] = await Promise.all([
      this.cadresService.get(actor, cadreId),
      this.dossiers.results(cadreId, scope),
      this.dossiers.entries(cadreId, scope),
      this.dossiers.appraisals(cadreId, scope),
      this.dossiers.materials(cadreId, scope),
      this.dossiers.incentives(cadreId, scope),
      scope.kind === 'ALL' ? this.dossiers.talentPoolStanding(cadreId) : Promise.resolve(null),
    ]);
    const superseded = new Set(entries.flatMap((e) => (e.supersedesId ? [e.supersedesId] : [])));
    return {
      profile,
      results,
      entries: entries.map((e) => toDossierEntryResponse(e, superseded)),
      appraisals: appraisals.map(toAppraisalResponse),
      materials: materials.map(toMaterialResponse),
      incentives,
      talentPool: talent ? { status: talent.status, recommendation: talent.recommendation } : null,
    };
  }

  /** Search by name, unit, category, batch or grade; the same filters as the cadre list. */
  async search(actor: SignedInActor, query: CadreQueryDto): Promise<Page<DossierSummaryResponse>> {
    const scope = objectScopeOf(actor.user);
    const [rows, total] = await this.cadres.findPage(query, scope);
    const ids = rows.map((c) => c.id);
    const [secondments, grades] = await Promise.all([this.secondments.findForCadres(ids, scope), this.dossiers.gradeSummaries(ids, scope)]);
    return toPage(rows, total, query, (cadre) => {
      const latest = secondments.get(cadre.id)?.[0];
      const graded = grades.get(cadre.id);
      return {
        cadreId: cadre.id,
        name: cadre.name,
        homeUnit: cadre.homeUnit?.name ?? '',
        hostUnit: latest?.hostUnit?.name ?? null,
        category: latest ? SECONDMENT_CATEGORY.label(latest.category) : null,
        batch: latest?.batch?.name ?? null,
        excellentRounds: graded?.excellentRounds ?? 0,
        latestGrade: graded?.latestGrade ?? null,
      };
    });
  }

  /** Org staff attach a file, recognized by its content, to one of the cadre's secondments. */
  async attach(actor: SignedInActor, cadreId: string, meta: MaterialQueryDto, file: UploadedFile): Promise<DossierMaterial> {
    const secondment = await this.secondments.findById(meta.secondmentId, { kind: 'ALL' });
    if (!secondment || secondment.cadreId !== cadreId) throw DomainError.invalidInput('secondmentId', 'is not a secondment of this cadre', '所选挂职历练记录不属于该干部');
    if (meta.assessmentId) {
      if ((await this.dossiers.secondmentOfAssessment(meta.assessmentId)) !== meta.secondmentId) throw DomainError.invalidInput('assessmentId', 'is not an assessment of this secondment', '所选考核不属于该挂职历练记录');
    }
    const recognized = recognizedFile(file);
    return this.dossiers.transaction(async (manager) => {
      const repository = manager.getRepository(DossierMaterial);
      const stored = await repository.save(
        repository.create({ cadreId, secondmentId: meta.secondmentId, assessmentId: meta.assessmentId ?? null, kind: meta.kind, description: meta.description, ...recognized, uploadedBy: actor.user.userId }),
      );
      await this.audit.record(manager, actor, {
        action: 'dossier.material_attached',
        targetType: 'cadre',
        targetId: cadreId,
        after: { materialId: stored.id, kind: stored.kind, type: stored.type, size: stored.size, sha256: stored.sha256 },
      });
      return stored;
    });
  }

  /** The dossier as a workbook: the same scoping as the lookup. */
  async dossierWorkbook(actor: SignedInActor, cadreId: string): Promise<{ filename: string; data: Buffer }> {
    const dossier = await this.lookup(actor, cadreId);
    const bySecondment = new Map(dossier.profile.secondments.map((s) => [s.id, s]));
    const data = await buildDossierWorkbook({
      profile: profileLine(dossier.profile),
      secondments: dossier.profile.secondments.map(secondmentLine),
      entries: dossier.entries
        .filter((e) => e.current)
        .map((e) => e.snapshot)
        .sort((a, b) => a.round.periodEnd.localeCompare(b.round.periodEnd) || a.finalizedAt.localeCompare(b.finalizedAt)),
      appraisals: dossier.appraisals.map((a) => {
        const s = bySecondment.get(a.secondmentId);
        return { heading: s ? `${s.hostUnit.name}（${s.startDate}至${s.endDate}）` : '挂职历练', statusLabel: a.statusLabel, sections: a.sections };
      }),
    });
    return { filename: `干部成长档案-${dossier.profile.name}.xlsx`, data };
  }

  /** The appraisal form of one secondment, to print and file. */
  async appraisalForm(actor: SignedInActor, secondmentId: string): Promise<{ filename: string; data: Buffer }> {
    const appraisal = await this.appraisals.get(actor, secondmentId);
    const profile = await this.cadresService.get(actor, appraisal.cadreId);
    const secondment = profile.secondments.find((s) => s.id === secondmentId);
    if (!secondment) throw DomainError.notFound('secondment', secondmentId);
    const data = await buildAppraisalForm({
      profile: profileLine(profile),
      secondment: secondmentLine(secondment),
      statusLabel: toAppraisalResponse(appraisal).statusLabel,
      sections: appraisal.sections,
    });
    return { filename: `综合鉴定表-${profile.name}.xlsx`, data };
  }

  async material(actor: SignedInActor, cadreId: string, id: string): Promise<DossierMaterial> {
    const material = await this.dossiers.material(cadreId, id, objectScopeOf(actor.user));
    if (!material) throw DomainError.notFound('material', id);
    return material;
  }
}

function profileLine(c: CadreResponse): DossierProfile {
  return {
    name: c.name,
    gender: GENDER.label(c.gender),
    birthDate: c.birthDate,
    ethnicity: c.ethnicity,
    politicalStatus: POLITICAL_STATUS.label(c.politicalStatus),
    education: EDUCATION.label(c.education),
    homeUnit: c.homeUnit.name,
    position: c.position,
    rank: c.rank,
    phone: c.phone,
    nationalId: c.nationalId,
  };
}

function secondmentLine(s: SecondmentResponse): DossierSecondmentLine {
  return { batch: s.batch.name, hostUnit: s.hostUnit.name, category: s.categoryLabel, post: s.post, startDate: s.startDate, endDate: s.endDate, status: s.statusLabel };
}
