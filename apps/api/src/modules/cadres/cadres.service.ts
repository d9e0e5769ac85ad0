import { Injectable } from '@nestjs/common';
import { cadreIdentityProblems, DomainError, seesFullPii } from '@app/domain';
import type { SignedInActor } from '../../common/auth/actor';
import { objectScopeOf } from '../../common/auth/object-scope';
import { type Page, toPage } from '../../common/paging/page';
import { sentFields } from '../../common/validation/changes';
import { AuditService } from '../audit/audit.service';
import { toSecondmentResponse } from '../secondments/dto/secondment-response.dto';
import { SecondmentsRepository, type SecondmentView } from '../secondments/secondments.repository';
import { UnitsRepository } from '../units/units.repository';
import type { Cadre } from './cadre.entity';
import { type CadreFields, CadresRepository, type CadreView } from './cadres.repository';
import type { CadreQueryDto, CreateCadreDto, UpdateCadreDto } from './dto/cadre-requests.dto';
import { cadreAuditSnapshot, type CadreResponse, toCadreResponse } from './dto/cadre-response.dto';

@Injectable()
export class CadresService {
  constructor(
    private readonly cadres: CadresRepository,
    private readonly secondments: SecondmentsRepository,
    private readonly units: UnitsRepository,
    private readonly audit: AuditService,
  ) {}

  /** One cadre as the actor may see it: scoped (404 outside), PII masked unless allowed. */
  async get(actor: SignedInActor, id: string): Promise<CadreResponse> {
    const scope = objectScopeOf(actor.user);
    // Both at once: the secondments are read under the same scope, and dropped if the cadre is not visible.
    const [cadre, secondments] = await Promise.all([this.cadres.readById(id, scope), this.secondments.findForCadres([id], scope)]);
    if (!cadre) throw DomainError.notFound('cadre', id);
    return this.respond([cadre], secondments, actor)[0] as CadreResponse;
  }

  async list(actor: SignedInActor, query: CadreQueryDto): Promise<Page<CadreResponse>> {
    const scope = objectScopeOf(actor.user);
    const [rows, total] = await this.cadres.findPage(query, scope);
    const responses = this.respond(rows, await this.secondments.findForCadres(rows.map((c) => c.id), scope), actor);
    return toPage(responses, total, query, (response) => response);
  }

  async create(actor: SignedInActor, dto: CreateCadreDto): Promise<CadreResponse> {
    const fields: CadreFields = { ...dto, rank: dto.rank ?? null };
    await this.check(fields);
    if (await this.cadres.findByNationalId(fields.nationalId)) {
      throw DomainError.conflict('a cadre with this national id is already registered', '该身份证号已登记为其他干部，不能重复登记', { field: 'nationalId' });
    }
    const id = await this.cadres.transaction(async (manager) => {
      const cadre = await this.cadres.insert(manager, fields);
      await this.audit.record(manager, actor, { action: 'cadre.created', targetType: 'cadre', targetId: cadre.id, after: cadreAuditSnapshot(cadre) });
      return cadre.id;
    });
    return this.get(actor, id);
  }

  async update(actor: SignedInActor, id: string, dto: UpdateCadreDto): Promise<CadreResponse> {
    const current = await this.cadres.findById(id, { kind: 'ALL' });
    if (!current) throw DomainError.notFound('cadre', id);
    if (current.version !== dto.version) throw DomainError.versionConflict('cadre', id);
    const { version, ...changes } = sentFields(dto);
    const next: CadreFields = { ...current, ...changes };
    await this.check(next, changes.homeUnitId !== undefined);
    if (changes.nationalId !== undefined && changes.nationalId !== current.nationalId) {
      if (await this.cadres.findByNationalId(changes.nationalId)) {
        throw DomainError.conflict('a cadre with this national id is already registered', '该身份证号已登记为其他干部，不能重复登记', { field: 'nationalId' });
      }
    }
    await this.cadres.transaction(async (manager) => {
      if (!(await this.cadres.updateAtVersion(manager, id, dto.version, changes))) throw DomainError.versionConflict('cadre', id);
      const updated = (await this.cadres.findById(id, { kind: 'ALL' }, manager)) as Cadre;
      await this.audit.record(manager, actor, {
        action: 'cadre.updated',
        targetType: 'cadre',
        targetId: id,
        before: cadreAuditSnapshot(current),
        after: cadreAuditSnapshot(updated),
      });
    });
    return this.get(actor, id);
  }

  private async check(fields: CadreFields, checkUnit = true): Promise<void> {
    const problems = cadreIdentityProblems(fields);
    if (problems.length > 0) throw DomainError.invalidFields(problems.map((p) => ({ ...p, inChinese: p.message })));
    if (checkUnit && !(await this.units.findById(fields.homeUnitId))) {
      throw DomainError.unknownReference('homeUnitId', 'unit', fields.homeUnitId);
    }
  }

  /** The responses for these cadres, with their visible secondments (findForCadres). */
  private respond(cadres: CadreView[], secondments: Map<string, SecondmentView[]>, actor: SignedInActor): CadreResponse[] {
    const fullPii = seesFullPii(actor.user.role);
    return cadres.map((cadre) => toCadreResponse(cadre, (secondments.get(cadre.id) ?? []).map(toSecondmentResponse), fullPii));
  }
}
