import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Relation,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { HandlingCode, ReportStatus, SourceType, ThirdPartyEngagement } from '@lantern/shared/domain';
import { Agency } from '@lantern/server/agencies';
import { Business, Person, Premises, Vehicle } from '@lantern/server/premises';

/**
 * An information report (the Phoenix form): a small piece of information from an officer of any agency, graded on
 * the 3x5x2 model, triaged by the specialist team and answered with feedback to the referrer. The source's
 * identity and contact, and the referrer's own details, are read by intelligence officers alone.
 */
@Entity('information_report')
export class InformationReport {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The referrer: the user who submitted it, and their agency. */
  @Index()
  @Column({ type: 'uuid' })
  submittedByUserId: string;

  @Index()
  @Column({ type: 'uuid' })
  agencyId: string;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_id' })
  agency: Relation<Agency>;

  @Column({ type: 'varchar', length: 200 })
  referrerName: string;

  @Column({ type: 'varchar', length: 200 })
  referrerJobTitle: string;

  @Column({ type: 'varchar', length: 300 })
  referrerContact: string;

  /** When the referrer became aware of the information. */
  @Column({ type: 'timestamptz' })
  becameAwareAt: Date;

  /** When the incident happened, if different. */
  @Column({ type: 'timestamptz', nullable: true })
  incidentAt: Date | null;

  @Column({ type: 'varchar', length: 30 })
  sourceType: SourceType;

  /** Who the information is from (not the referrer): intelligence officers only. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  sourceName: string | null;

  @Column({ type: 'date', nullable: true })
  sourceDateOfBirth: string | null;

  @Column({ type: 'text', nullable: true })
  sourceContact: string | null;

  @Column({ type: 'text' })
  howCameToLight: string;

  @Column({ type: 'text', default: '' })
  whoElseKnows: string;

  @Column({ type: 'varchar', length: 10, nullable: true })
  thirdPartyWillEngage: ThirdPartyEngagement | null;

  /** 1 always reliable … 4 unreliable, 5 cannot be judged; null when the referrer witnessed it. */
  @Column({ type: 'smallint', nullable: true })
  sourceReliability: number | null;

  /** 1 known to be true beyond doubt … 4 suspected false, 5 cannot be judged. */
  @Column({ type: 'smallint' })
  informationAccuracy: number;

  @Column({ type: 'varchar', length: 1 })
  handlingCode: HandlingCode;

  @Column({ type: 'text', nullable: true })
  handlingConditions: string | null;

  @Column({ type: 'text' })
  details: string;

  /** A place not (yet) in the premises register, as the referrer described it. */
  @Column({ type: 'text', default: '' })
  placeDescription: string;

  @Index()
  @Column({ type: 'varchar', length: 20, default: 'RECEIVED' })
  status: ReportStatus;

  @Index()
  @Column({ type: 'timestamptz' })
  receivedAt: Date;

  /** When the referrer is owed feedback: reminders are scheduled from this. */
  @Index()
  @Column({ type: 'timestamptz' })
  feedbackDueAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  assessedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  assessedByUserId: string | null;

  @Column({ type: 'text', default: '' })
  assessmentNote: string;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  decidedByUserId: string | null;

  @Column({ type: 'text', default: '' })
  decisionReason: string;

  /** What the referrer is told became of their report. */
  @Column({ type: 'text', nullable: true })
  feedback: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  feedbackGivenAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  feedbackByUserId: string | null;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

export const REPORT_SUBJECT_KINDS = ['PREMISES', 'PERSON', 'VEHICLE', 'BUSINESS'] as const;
export type ReportSubjectKind = (typeof REPORT_SUBJECT_KINDS)[number];

/**
 * What a report is about: a premises, a person, a vehicle or a business of the register. A person named in a
 * report is kept as described (name, nicknames, date of birth) until an intelligence officer links them to a
 * person of the register: matching suggests, it never merges on its own.
 */
@Entity('information_report_subject')
export class ReportSubject {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  reportId: string;

  @ManyToOne(() => InformationReport, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id' })
  report: Relation<InformationReport>;

  @Column({ type: 'varchar', length: 20 })
  kind: ReportSubjectKind;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  premisesId: string | null;

  @ManyToOne(() => Premises, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'premises_id' })
  premises: Relation<Premises> | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  personId: string | null;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id' })
  person: Relation<Person> | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  vehicleId: string | null;

  @ManyToOne(() => Vehicle, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'vehicle_id' })
  vehicle: Relation<Vehicle> | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  businessId: string | null;

  @ManyToOne(() => Business, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'business_id' })
  business: Relation<Business> | null;

  /** A person as the report describes them. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  describedName: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  describedNicknames: string[];

  @Column({ type: 'date', nullable: true })
  describedDateOfBirth: string | null;

  /** When an intelligence officer linked the described person to the register. */
  @Column({ type: 'timestamptz', nullable: true })
  linkedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  linkedByUserId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
