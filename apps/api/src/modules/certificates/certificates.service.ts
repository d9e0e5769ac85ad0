import { Injectable } from '@nestjs/common';
import { DomainError, points, ROUND_STATUS_LABELS, RoundStatus, UnitType } from '@app/domain';
import type { SignedInActor } from '../../common/auth/actor';
import { objectScopeOf } from '../../common/auth/object-scope';
import { AssessmentsRepository } from '../assessments/assessments.repository';
import { AuditService } from '../audit/audit.service';
import { RoundsRepository } from '../rounds/rounds.repository';
import { UnitsRepository } from '../units/units.repository';
import type { Certificate } from './certificate.entities';
import { CertificatesRepository } from './certificates.repository';
import type { IssueCertificateDto } from './dto/certificate.dto';

@Injectable()
export class CertificatesService {
  constructor(
    private readonly certificates: CertificatesRepository,
    private readonly assessments: AssessmentsRepository,
    private readonly rounds: RoundsRepository,
    private readonly units: UnitsRepository,
    private readonly audit: AuditService,
  ) {}

  /** Which certifying bodies certify the round's investment cadres; only before calibration. */
  async setCertifiers(actor: SignedInActor, roundId: string, unitIds: string[]): Promise<void> {
    const round = await this.rounds.findById(roundId);
    if (!round) throw DomainError.notFound('round', roundId);
    if (round.status !== RoundStatus.Created && round.status !== RoundStatus.Collecting) throw DomainError.conflict(`the round is ${round.status}; certifiers are set before calibration`, `本轮考核当前处于“${ROUND_STATUS_LABELS[round.status]}”状态，双出具的认定单位须在进入校准前设定`);
    const unique = [...new Set(unitIds)];
    for (const [i, unitId] of unique.entries()) {
      const unit = await this.units.findById(unitId);
      if (!unit || unit.type !== UnitType.Certifier) throw DomainError.invalidInput(`unitIds.${i}`, 'must be a unit of type CERTIFIER', unit ? `“${unit.name}”不是认定单位` : '所选单位不存在，请刷新后重新选择');
    }
    await this.certificates.transaction(async (manager) => {
      await this.certificates.setCertifiers(manager, roundId, unique);
      await this.audit.record(manager, actor, { action: 'round.certifiers_set', targetType: 'round', targetId: roundId, after: { unitIds: unique } });
    });
  }

  /** A certifier sees its own certificate; the organization department sees all. */
  async list(actor: SignedInActor, assessmentId: string): Promise<Certificate[]> {
    const scope = objectScopeOf(actor.user);
    if (!(await this.assessments.findById(assessmentId, scope))) throw DomainError.notFound('assessment', assessmentId);
    if (scope.kind === 'HOST_UNIT' || scope.kind === 'SELF') return [];
    return this.certificates.findByAssessment(assessmentId, scope.kind === 'CERTIFIER' ? scope.unitId : undefined);
  }

  /** Issues this certifier's certificate, or revises it (with its version) until calibration. */
  async issue(actor: SignedInActor, assessmentId: string, dto: IssueCertificateDto): Promise<Certificate> {
    const certifierUnitId = actor.user.unitId;
    if (!certifierUnitId) throw DomainError.conflict('this account is not tied to a certifying unit', '当前账号未关联认定单位，无法出具意见，请联系管理员');
    const assessment = await this.assessments.findById(assessmentId, objectScopeOf(actor.user));
    if (!assessment) throw DomainError.notFound('assessment', assessmentId);
    const fields = {
      projectsSigned: dto.projectsSigned,
      projectsLanded: dto.projectsLanded,
      contractedInvestment: String(points(dto.contractedInvestment)),
      fundsInPlace: String(points(dto.fundsInPlace)),
      appraisal: dto.appraisal,
      rating: dto.rating,
      issuedBy: actor.user.userId,
    };
    const id = await this.certificates.transaction(async (manager) => {
      const status = await this.rounds.lockStatus(manager, assessment.roundId);
      if (status !== RoundStatus.Collecting) throw DomainError.conflict(`the round is ${status}; a certificate is issued or revised only before calibration`, `本轮考核当前处于“${ROUND_STATUS_LABELS[status]}”状态，只有在“评分中”阶段才能出具或修改双出具意见`);
      const [existing] = await this.certificates.findByAssessment(assessmentId, certifierUnitId, manager);
      if (existing) {
        if (dto.version === undefined) throw DomainError.invalidInput('version', 'is required to revise an issued certificate', '本单位已出具过意见，请刷新后在原意见上修改');
        if (!(await this.certificates.revise(manager, existing.id, dto.version, fields))) throw DomainError.versionConflict('certificate', existing.id);
      }
      const saved = existing ?? (await this.certificates.insert(manager, { ...fields, assessmentId, certifierUnitId }));
      await this.audit.record(manager, actor, {
        action: existing ? 'certificate.revised' : 'certificate.issued',
        targetType: 'assessment',
        targetId: assessmentId,
        after: { certificateId: saved.id, ...fields },
      });
      return saved.id;
    });
    return (await this.certificates.findByAssessment(assessmentId, certifierUnitId)).find((c) => c.id === id) as Certificate;
  }
}
