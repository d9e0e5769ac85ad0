import { Injectable } from '@nestjs/common';
import { DomainError } from '@app/domain';
import type { SignedInActor } from '../../common/auth/actor';
import { objectScopeOf } from '../../common/auth/object-scope';
import { AuditService } from '../audit/audit.service';
import { SecondmentsRepository } from '../secondments/secondments.repository';
import type { CreateWorkRecordDto } from './dto/work-record.dto';
import { type WorkRecord, WorkRecordStatus } from './work-record.entity';
import { WorkRecordsRepository } from './work-records.repository';

/** China Standard Time's today, as YYYY-MM-DD: a record dated later is refused. */
function todayInChina(): string {
  return new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
}

@Injectable()
export class WorkRecordsService {
  constructor(
    private readonly records: WorkRecordsRepository,
    private readonly secondments: SecondmentsRepository,
    private readonly audit: AuditService,
  ) {}

  /** A cadre logs a day of their ACTIVE secondment; the record as a listing reads it. */
  async create(actor: SignedInActor, dto: CreateWorkRecordDto): Promise<WorkRecord> {
    if (!actor.user.cadreId) throw DomainError.conflict('this account is not tied to a cadre', '当前账号未关联干部信息，无法填报工作纪实，请联系管理员');
    const secondment = await this.secondments.findActiveOf(actor.user.cadreId);
    if (!secondment) throw DomainError.conflict('you have no ACTIVE secondment to record work for', '您当前没有在岗的挂职历练，无法填报工作纪实');
    if (dto.date < secondment.startDate || dto.date > secondment.endDate) {
      throw DomainError.invalidInput('date', `must lie within the secondment (${secondment.startDate} – ${secondment.endDate})`, `应在挂职期间内（${secondment.startDate} 至 ${secondment.endDate}）`);
    }
    if (dto.date > todayInChina()) throw DomainError.invalidInput('date', 'cannot be in the future', '不能晚于今天');
    const id = await this.records.transaction(async (manager) => {
      const record = await this.records.insert(manager, { secondmentId: secondment.id, cadreId: secondment.cadreId, hostUnitId: secondment.hostUnitId, date: dto.date, content: dto.content });
      await this.audit.record(manager, actor, { action: 'work_record.created', targetType: 'work_record', targetId: record.id, after: { date: record.date } });
      return record.id;
    });
    return (await this.records.findById(id, { kind: 'ALL' })) as WorkRecord;
  }

  /** The host unit confirms or rejects (with a reason) a pending record of its own cadre. */
  async review(actor: SignedInActor, id: string, version: number, confirm: boolean, reason?: string): Promise<WorkRecord> {
    const record = await this.records.findById(id, objectScopeOf(actor.user));
    if (!record) throw DomainError.notFound('work record', id);
    if (record.status !== WorkRecordStatus.Pending) throw DomainError.conflict(`the record is already ${record.status}`, `该工作纪实已${record.status === WorkRecordStatus.Confirmed ? '确认' : '退回'}，不能重复处理`);
    const status = confirm ? WorkRecordStatus.Confirmed : WorkRecordStatus.Rejected;
    await this.records.transaction(async (manager) => {
      const changed = await this.records.review(manager, id, version, { status, rejectReason: confirm ? null : (reason ?? null), reviewedBy: actor.user.userId, reviewedAt: new Date() });
      if (!changed) throw DomainError.versionConflict('work record', id);
      await this.audit.record(manager, actor, { action: confirm ? 'work_record.confirmed' : 'work_record.rejected', targetType: 'work_record', targetId: id, after: { status, reason: reason ?? null } });
    });
    return (await this.records.findById(id, { kind: 'ALL' })) as WorkRecord;
  }
}
