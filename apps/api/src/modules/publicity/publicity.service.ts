import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DomainError, type Gender, GENDER, publicityEndsAt, RoundStatus, SECONDMENT_CATEGORY, type SecondmentCategory } from '@app/domain';
import type { SignedInActor } from '../../common/auth/actor';
import { AuditService } from '../audit/audit.service';
import { RoundsRepository } from '../rounds/rounds.repository';
import type { NoticeEntryDto, PublicityNoticeResponse } from './dto/publicity.dto';
import { Holiday, Objection, ObjectionStatus } from './publicity.entities';

/** Holidays and objections of the publicity period (公示). */
@Injectable()
export class PublicityService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rounds: RoundsRepository,
    private readonly audit: AuditService,
  ) {}

  async holidays(): Promise<Holiday[]> {
    return this.dataSource.getRepository(Holiday).find({ order: { date: 'ASC' } });
  }

  async holidaySet(): Promise<Set<string>> {
    const rows: { date: string }[] = await this.dataSource.query(`SELECT to_char(date, 'YYYY-MM-DD') AS date FROM holiday`);
    return new Set(rows.map((r) => r.date));
  }

  async addHoliday(actor: SignedInActor, date: string, name: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query('INSERT INTO holiday (date, name) VALUES ($1, $2) ON CONFLICT (date) DO UPDATE SET name = EXCLUDED.name', [date, name]);
      await this.audit.record(manager, actor, { action: 'holiday.set', targetType: 'holiday', targetId: date, after: { name } });
    });
  }

  /**
   * The notice of a round whose results have been published: the period and the
   * Excellent list by rank. Public to anyone signed in, as a notice board is, so
   * that anyone may object; a round never publicized has no notice (404).
   */
  async notice(roundId: string): Promise<PublicityNoticeResponse> {
    const round = await this.rounds.findById(roundId);
    if (!round?.publicityStartedAt) throw DomainError.notFound('publicity notice', roundId);
    const rows: (Omit<NoticeEntryDto, 'gender' | 'category'> & { gender: Gender; category: SecondmentCategory })[] = await this.dataSource.query(
        `SELECT a.id AS "assessmentId", c.name, c.gender, home.name AS "homeUnit", c.position, host.name AS "hostUnit", s.post, a.category
           FROM assessment a
           JOIN secondment s ON s.id = a.secondment_id
           JOIN cadre c ON c.id = a.cadre_id
           JOIN unit home ON home.id = c.home_unit_id
           JOIN unit host ON host.id = a.host_unit_id
          WHERE a.round_id = $1 AND a.grade = 'EXCELLENT'
          ORDER BY a.rank, c.name`,
        [roundId],
      );
    return {
      roundId,
      roundName: round.name,
      startsAt: round.publicityStartedAt.toISOString(),
      endsAt: publicityEndsAt(round.publicityStartedAt, await this.holidaySet()).toISOString(),
      excellent: rows.map((r) => ({ ...r, gender: GENDER.label(r.gender), category: SECONDMENT_CATEGORY.label(r.category) })),
    };
  }

  /** Anyone signed in may object to one published result while the round is in publicity. */
  async file(actor: SignedInActor, assessmentId: string, reason: string): Promise<Objection> {
    const rows: { round_id: string }[] = await this.dataSource.query('SELECT round_id FROM assessment WHERE id = $1', [assessmentId]);
    if (rows.length === 0) throw DomainError.notFound('assessment', assessmentId);
    const round = await this.rounds.findById(rows[0].round_id);
    if (!round || round.status !== RoundStatus.Publicity) throw DomainError.conflict('objections are filed while the results are in publicity', '只有在考核结果公示期间才能提出异议');
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(Objection);
      const objection = await repository.save(repository.create({ roundId: round.id, assessmentId, filedBy: actor.user.userId, reason, resolution: null, resolvedBy: null, resolvedAt: null }));
      await this.audit.record(manager, actor, { action: 'objection.filed', targetType: 'assessment', targetId: assessmentId, after: { objectionId: objection.id } });
      return objection;
    });
  }

  async openCount(roundId: string): Promise<number> {
    return this.dataSource.getRepository(Objection).countBy({ roundId, status: ObjectionStatus.Open });
  }

  listForRound(roundId: string): Promise<Objection[]> {
    return this.dataSource.getRepository(Objection).find({ where: { roundId }, order: { createdAt: 'ASC' } });
  }

  /** Upheld: the round goes back to calibration. Dismissed: recorded with its reason. */
  async resolve(actor: SignedInActor, id: string, outcome: ObjectionStatus.Upheld | ObjectionStatus.Dismissed, resolution: string): Promise<Objection> {
    const objection = await this.dataSource.getRepository(Objection).findOneBy({ id });
    if (!objection) throw DomainError.notFound('objection', id);
    if (objection.status !== ObjectionStatus.Open) throw DomainError.conflict('the objection is already resolved', '该异议已处理，不能重复处理');
    const round = await this.rounds.findById(objection.roundId);
    if (!round) throw DomainError.notFound('round', objection.roundId);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(Objection, { id, version: objection.version }, { status: outcome, resolution, resolvedBy: actor.user.userId, resolvedAt: new Date(), version: objection.version + 1 });
      if (outcome === ObjectionStatus.Upheld && round.status === RoundStatus.Publicity) {
        if (!(await this.rounds.updateAtVersion(manager, round.id, round.version, { status: RoundStatus.Calibration, publicityStartedAt: null }))) {
          throw DomainError.versionConflict('round', round.id);
        }
      }
      await this.audit.record(manager, actor, { action: `objection.${outcome.toLowerCase()}`, targetType: 'assessment', targetId: objection.assessmentId, after: { objectionId: id, resolution } });
    });
    return (await this.dataSource.getRepository(Objection).findOneBy({ id })) as Objection;
  }
}
