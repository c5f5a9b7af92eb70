import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Relation,
  Unique,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type {
  MonitoredSubjectKind,
  MonitoringAlertSource,
  MonitoringReviewOutcome,
  MonitoringStatus,
  ReviewSchedule,
} from '@lantern/shared/domain';
import { Person, Premises } from '@lantern/server/premises';

/**
 * A premises watched after the work on it, with the people who run it and their other premises: reviewed on a
 * schedule until it ends; anything new that touches them alerts its coordinator.
 */
@Entity('monitoring')
export class Monitoring {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The premises the work was about; at most one active monitoring each (a partial unique index). */
  @Index('monitoring_active_premises_key', { synchronize: false })
  @Column({ type: 'uuid' })
  premisesId: string;

  @ManyToOne(() => Premises, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'premises_id' })
  premises: Relation<Premises>;

  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'varchar', length: 20 })
  reviewSchedule: ReviewSchedule;

  @Index()
  @Column({ type: 'date' })
  nextReviewOn: string;

  @Column({ type: 'date' })
  endsOn: string;

  @Index()
  @Column({ type: 'varchar', length: 10, default: 'ACTIVE' })
  status: MonitoringStatus;

  /** Who the alerts and review reminders go to: a user with a coordinating role. */
  @Index()
  @Column({ type: 'uuid' })
  coordinatorUserId: string;

  @Column({ type: 'timestamptz', nullable: true })
  endedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  createdByUserId: string | null;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** A premises or a person watched under a monitoring, and why (e.g. "Owner of Foundry Walk Social Club"). */
@Entity('monitored_subject')
@Unique('monitored_subject_premises_key', ['monitoringId', 'premisesId'])
@Unique('monitored_subject_person_key', ['monitoringId', 'personId'])
export class MonitoredSubject {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  monitoringId: string;

  @ManyToOne(() => Monitoring, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'monitoring_id' })
  monitoring: Relation<Monitoring>;

  @Column({ type: 'varchar', length: 10 })
  kind: MonitoredSubjectKind;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  premisesId: string | null;

  @ManyToOne(() => Premises, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'premises_id' })
  premises: Relation<Premises> | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  personId: string | null;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person: Relation<Person> | null;

  @Column({ type: 'varchar', length: 300 })
  why: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** A review of a monitoring: what was found, and whether it goes on. */
@Entity('monitoring_review')
export class MonitoringReview {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  monitoringId: string;

  @ManyToOne(() => Monitoring, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'monitoring_id' })
  monitoring: Relation<Monitoring>;

  @Column({ type: 'date' })
  reviewedOn: string;

  @Column({ type: 'text' })
  findings: string;

  @Column({ type: 'varchar', length: 10 })
  outcome: MonitoringReviewOutcome;

  @Column({ type: 'uuid', nullable: true })
  userId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/**
 * Something new touched a monitored premises or person: one alert per monitoring and source (a visit that met two
 * monitored people raises one alert), until the coordinator acknowledges it.
 */
@Entity('monitoring_alert')
@Unique('monitoring_alert_source_key', ['monitoringId', 'source', 'sourceId'])
export class MonitoringAlert {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  monitoringId: string;

  @ManyToOne(() => Monitoring, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'monitoring_id' })
  monitoring: Relation<Monitoring>;

  @Column({ type: 'varchar', length: 30 })
  source: MonitoringAlertSource;

  @Column({ type: 'uuid' })
  sourceId: string;

  /** Where it happened: the premises of the action, visit or report. */
  @Column({ type: 'uuid', nullable: true })
  premisesId: string | null;

  /** The monitored subjects it touched. */
  @Column({ type: 'uuid', array: true })
  subjectIds: string[];

  /** What happened, in words the coordinator can act on; never a source's identity. */
  @Column({ type: 'varchar', length: 500 })
  summary: string;

  @Index()
  @Column({ type: 'timestamptz', default: () => 'now()' })
  raisedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  acknowledgedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  acknowledgedByUserId: string | null;
}
