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
import type { AttendanceResponse, RiskLevel, VisitStatus } from '@lantern/shared/domain';
import { Agency, Officer } from '@lantern/server/agencies';
import { Premises } from '@lantern/server/premises';
import { Power } from '@lantern/server/powers';
import { TaskAndFinishGroup } from '@lantern/server/groups';

/** A joint visit to a premises: when, where officers meet, who attends and which powers each will use. */
@Entity('visit_plan')
export class VisitPlan {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  groupId: string;

  @ManyToOne(() => TaskAndFinishGroup, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'group_id' })
  group: Relation<TaskAndFinishGroup>;

  @Index()
  @Column({ type: 'uuid' })
  premisesId: string;

  @ManyToOne(() => Premises, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'premises_id' })
  premises: Relation<Premises>;

  @Index()
  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  endsAt: Date | null;

  @Column({ type: 'text', default: '' })
  rendezvousPoint: string;

  @Column({ type: 'varchar', length: 10, default: 'MEDIUM' })
  riskLevel: RiskLevel;

  /** Officer-safety risk assessment. */
  @Column({ type: 'text', default: '' })
  riskAssessment: string;

  @Column({ type: 'text', default: '' })
  briefingNotes: string;

  @Index()
  @Column({ type: 'varchar', length: 20, default: 'DRAFT' })
  status: VisitStatus;

  @Column({ type: 'uuid', nullable: true })
  createdByUserId: string | null;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** An agency attending a visit, and whether its officers will go inside. */
@Entity('visit_agency')
@Unique('visit_agency_key', ['visitPlanId', 'agencyId'])
export class VisitAgency {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  visitPlanId: string;

  @ManyToOne(() => VisitPlan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'visit_plan_id' })
  visitPlan: Relation<VisitPlan>;

  @Index()
  @Column({ type: 'uuid' })
  agencyId: string;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_id' })
  agency: Relation<Agency>;

  /** Whether this agency's officers intend to enter the premises (rather than observe outside). */
  @Column({ type: 'boolean', default: true })
  entersPremises: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** A named officer asked to attend, and their answer. */
@Entity('visit_officer')
@Unique('visit_officer_key', ['visitPlanId', 'officerId'])
export class VisitOfficer {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  visitPlanId: string;

  @ManyToOne(() => VisitPlan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'visit_plan_id' })
  visitPlan: Relation<VisitPlan>;

  @Index()
  @Column({ type: 'uuid' })
  officerId: string;

  @ManyToOne(() => Officer, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'officer_id' })
  officer: Relation<Officer>;

  @Column({ type: 'uuid' })
  agencyId: string;

  @Column({ type: 'varchar', length: 20, default: 'PENDING' })
  response: AttendanceResponse;

  @Column({ type: 'text', default: '' })
  responseNote: string;

  @Column({ type: 'timestamptz', nullable: true })
  respondedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** A power an attending agency intends to use at the visit. */
@Entity('visit_power')
@Unique('visit_power_key', ['visitPlanId', 'agencyId', 'powerId'])
export class VisitPower {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  visitPlanId: string;

  @ManyToOne(() => VisitPlan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'visit_plan_id' })
  visitPlan: Relation<VisitPlan>;

  @Column({ type: 'uuid' })
  agencyId: string;

  @Index()
  @Column({ type: 'uuid' })
  powerId: string;

  @ManyToOne(() => Power, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'power_id' })
  power: Relation<Power>;

  @Column({ type: 'text', default: '' })
  purpose: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** A coordinator's acknowledgement of one law warning on a plan, kept while that warning still applies. */
@Entity('visit_warning_acknowledgement')
@Unique('visit_warning_acknowledgement_key', ['visitPlanId', 'warningKey'])
export class VisitWarningAcknowledgement {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  visitPlanId: string;

  @ManyToOne(() => VisitPlan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'visit_plan_id' })
  visitPlan: Relation<VisitPlan>;

  /** The warning's stable key: its code and the agency and power it is about. */
  @Column({ type: 'varchar', length: 200 })
  warningKey: string;

  @Column({ type: 'text', default: '' })
  note: string;

  @Column({ type: 'uuid', nullable: true })
  acknowledgedByUserId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  acknowledgedAt: Date;
}
