import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { VersionedEntity } from '@app/database';
import { Assessment } from '../assessments/assessment.entity';

export enum BallotSessionStatus {
  Open = 'OPEN',
  Closed = 'CLOSED',
}

/** A ballot's choice: one of the four ratings, or a spoiled ballot. */
export enum BallotChoice {
  Excellent = 'EXCELLENT',
  Competent = 'COMPETENT',
  BasicallyCompetent = 'BASICALLY_COMPETENT',
  Incompetent = 'INCOMPETENT',
  Invalid = 'INVALID',
}

/** 民主评议: one democratic evaluation of one assessment, with its expected voters. */
@Entity({ name: 'ballot_session' })
export class BallotSession extends VersionedEntity {
  @Index()
  @Column({ type: 'uuid' })
  assessmentId!: string;

  @ManyToOne(() => Assessment, { onDelete: 'RESTRICT' })
  @JoinColumn()
  assessment?: Assessment;

  @Column({ type: 'int' })
  expectedVoters!: number;

  @Column({ type: 'enum', enum: BallotSessionStatus, enumName: 'ballot_session_status', default: BallotSessionStatus.Open })
  status!: BallotSessionStatus;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt!: Date | null;
}

/**
 * A one-time code, stored only as its SHA-256 and whether it was used: no time, no
 * voter, and no link to the ballot it cast.
 */
@Entity({ name: 'ballot_code' })
export class BallotCode {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  sessionId!: string;

  @ManyToOne(() => BallotSession, { onDelete: 'RESTRICT' })
  @JoinColumn()
  session?: BallotSession;

  @Index({ unique: true })
  @Column({ type: 'char', length: 64 })
  codeHash!: string;

  @Column({ type: 'boolean', default: false })
  used!: boolean;
}

/** A cast ballot: its session and choice only. Nothing ties it to a code or a person. */
@Entity({ name: 'ballot' })
export class Ballot {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  sessionId!: string;

  @ManyToOne(() => BallotSession, { onDelete: 'RESTRICT' })
  @JoinColumn()
  session?: BallotSession;

  @Column({ type: 'enum', enum: BallotChoice, enumName: 'ballot_choice' })
  choice!: BallotChoice;
}

