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
import { Premises } from './premises.entity';
import { Agency } from '@lantern/server/agencies';

/** A person linked to premises: an owner, a manager, an associate (POLE: people). */
@Entity('person')
export class Person {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200 })
  fullName: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  nicknames: string[];

  @Column({ type: 'date', nullable: true })
  dateOfBirth: string | null;

  @Column({ type: 'text', default: '' })
  notes: string;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** A vehicle seen at or linked to premises (POLE: objects). */
@Entity('vehicle')
export class Vehicle {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Normalised: upper case, no spaces. */
  @Index('vehicle_registration_key', { unique: true })
  @Column({ type: 'varchar', length: 10 })
  registration: string;

  @Column({ type: 'varchar', length: 60, nullable: true })
  make: string | null;

  @Column({ type: 'varchar', length: 60, nullable: true })
  model: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  colour: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** A business linked to premises: the operator, the landlord company. */
@Entity('business')
export class Business {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** Companies House number, where known. */
  @Column({ type: 'varchar', length: 8, nullable: true })
  companyNumber: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

@Entity('premises_person')
@Unique('premises_person_role_key', ['premisesId', 'personId', 'role'])
export class PremisesPerson {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  premisesId: string;

  @ManyToOne(() => Premises, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'premises_id' })
  premises: Relation<Premises>;

  @Index()
  @Column({ type: 'uuid' })
  personId: string;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person: Relation<Person>;

  @Column({ type: 'varchar', length: 30 })
  role: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

@Entity('premises_vehicle')
@Unique('premises_vehicle_key', ['premisesId', 'vehicleId'])
export class PremisesVehicle {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  premisesId: string;

  @ManyToOne(() => Premises, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'premises_id' })
  premises: Relation<Premises>;

  @Index()
  @Column({ type: 'uuid' })
  vehicleId: string;

  @ManyToOne(() => Vehicle, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'vehicle_id' })
  vehicle: Relation<Vehicle>;

  @Column({ type: 'text', default: '' })
  notes: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

@Entity('premises_business')
@Unique('premises_business_key', ['premisesId', 'businessId'])
export class PremisesBusiness {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  premisesId: string;

  @ManyToOne(() => Premises, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'premises_id' })
  premises: Relation<Premises>;

  @Index()
  @Column({ type: 'uuid' })
  businessId: string;

  @ManyToOne(() => Business, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'business_id' })
  business: Relation<Business>;

  /** How the business relates to the premises: "operator", "landlord", ... */
  @Column({ type: 'varchar', length: 100, default: '' })
  relationship: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/**
 * An agency taking part in the work on a premises: the one that recorded it, and those a
 * coordinator shared it with (later, the member agencies of its task and finish groups).
 * Agency officers see only the premises their agency takes part in.
 */
@Entity('premises_agency')
@Unique('premises_agency_key', ['premisesId', 'agencyId'])
export class PremisesAgency {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  premisesId: string;

  @ManyToOne(() => Premises, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'premises_id' })
  premises: Relation<Premises>;

  @Index()
  @Column({ type: 'uuid' })
  agencyId: string;

  @ManyToOne(() => Agency, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agency_id' })
  agency: Relation<Agency>;

  @Column({ type: 'uuid', nullable: true })
  addedByUserId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
