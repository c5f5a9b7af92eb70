import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type {
  AgencyType,
  AttendanceResponse,
  EntryRight,
  PremisesKind,
  PremisesUse,
  RiskLevel,
  Viewer,
  VisitStatus,
} from '@lantern/shared/domain';
import { NotFound } from '@lantern/server/core';
import { AuditLog } from '@lantern/server/audit';
import { BRIEFING_DISCLOSURE_PURPOSES, BriefingFormat, briefingScope, isRecordId } from './briefing.rules';

/** Everything officers need for one joint visit, as it leaves Lantern in a briefing pack or a calendar invite. */
export interface BriefingPack {
  plan: {
    id: string;
    version: number;
    status: VisitStatus;
    startsAt: Date;
    endsAt: Date | null;
    rendezvousPoint: string;
    riskLevel: RiskLevel;
    /** The officer-safety risk assessment. */
    riskAssessment: string;
    briefingNotes: string;
  };
  group: { id: string; name: string; objective: string };
  premises: {
    id: string;
    name: string;
    addressLine1: string;
    addressLine2: string | null;
    town: string;
    postcode: string;
    kind: PremisesKind;
    use: PremisesUse;
    licensableActivity: boolean;
    concernSummary: string;
  };
  /** People linked to the premises, each once with every role they hold there. */
  people: BriefingPerson[];
  vehicles: BriefingVehicle[];
  businesses: BriefingBusiness[];
  agencies: BriefingAgency[];
  /** The group's coordinator, whom officers contact about the visit. */
  coordinator: { name: string; email: string } | null;
  /** When the pack was produced (the copy is correct as at this moment). */
  producedAt: Date;
}

export interface BriefingPerson {
  id: string;
  fullName: string;
  nicknames: string[];
  /** YYYY-MM-DD */
  dateOfBirth: string | null;
  roles: string[];
}

export interface BriefingVehicle {
  id: string;
  registration: string;
  make: string | null;
  model: string | null;
  colour: string | null;
  notes: string;
}

export interface BriefingBusiness {
  id: string;
  name: string;
  companyNumber: string | null;
  relationship: string;
}

export interface BriefingAgency {
  id: string;
  name: string;
  type: AgencyType;
  phone: string | null;
  email: string | null;
  /** Null when the agency has officers or powers on the plan but was not added as attending. */
  entersPremises: boolean | null;
  officers: BriefingOfficer[];
  powers: BriefingPower[];
}

export interface BriefingOfficer {
  id: string;
  name: string;
  jobTitle: string | null;
  phone: string | null;
  email: string | null;
  response: AttendanceResponse;
}

export interface BriefingPower {
  id: string;
  name: string;
  legalBasis: string;
  entry: EntryRight;
  purpose: string;
}

interface HeaderRow {
  id: string;
  version: number;
  status: VisitStatus;
  starts_at: Date;
  ends_at: Date | null;
  rendezvous_point: string;
  risk_level: RiskLevel;
  risk_assessment: string;
  briefing_notes: string;
  group_id: string;
  group_name: string;
  group_objective: string;
  premises_id: string;
  premises_name: string;
  address_line1: string;
  address_line2: string | null;
  town: string;
  postcode: string;
  kind: PremisesKind;
  use: PremisesUse;
  licensable_activity: boolean;
  concern_summary: string;
  coordinator_name: string | null;
  coordinator_email: string | null;
}

/**
 * Loads a visit plan's briefing pack in a fixed number of SQL statements (one per kind of record,
 * whatever the number of people, agencies or officers) and records its disclosure in the same
 * transaction as the read. The caller renders the pack inside that transaction too, so a pack that
 * fails to render is not recorded as having left the system.
 */
@Injectable()
export class BriefingPackService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditLog,
  ) {}

  /** Loads the pack, renders it, and records the disclosure; NOT_FOUND when the viewer may not see the plan. */
  disclose<T>(
    viewer: Viewer | null,
    visitPlanId: string,
    format: BriefingFormat,
    render: (pack: BriefingPack) => T | Promise<T>,
  ): Promise<T> {
    const scope = briefingScope(viewer);
    if (scope.kind === 'NONE' || !isRecordId(visitPlanId)) return Promise.reject(new NotFound('The visit plan'));
    const memberAgencyId = scope.kind === 'MEMBER_AGENCY' ? scope.agencyId : null;
    // READ COMMITTED (the default), never REPEATABLE READ: the audit entry must see the chain's latest
    // entry once it holds the chain lock, which a snapshot taken at the first read would hide.
    return this.db.transaction(async (manager) => {
      const pack = await this.load(manager, visitPlanId, memberAgencyId);
      if (!pack) throw new NotFound('The visit plan');
      const rendered = await render(pack);
      await this.audit.record(manager, viewer, {
        action: 'DISCLOSURE',
        entityType: 'visit_plan',
        entityIds: [
          pack.plan.id,
          pack.premises.id,
          ...pack.people.map((p) => p.id),
          ...pack.vehicles.map((v) => v.id),
          ...pack.agencies.flatMap((a) => a.officers.map((o) => o.id)),
        ],
        recipients: pack.agencies.map((a) => a.id),
        purpose: BRIEFING_DISCLOSURE_PURPOSES[format],
        details: {
          format,
          planVersion: pack.plan.version,
          people: pack.people.length,
          vehicles: pack.vehicles.length,
          businesses: pack.businesses.length,
          officers: pack.agencies.reduce((n, a) => n + a.officers.length, 0),
        },
      });
      return rendered;
    });
  }

  /** The pack, or null when there is no such plan or the member agency given is not in its group. */
  private async load(
    manager: EntityManager,
    visitPlanId: string,
    memberAgencyId: string | null,
  ): Promise<BriefingPack | null> {
    const [header] = (await manager.query(
      `SELECT vp.id, vp.version, vp.status, vp.starts_at, vp.ends_at, vp.rendezvous_point, vp.risk_level,
              vp.risk_assessment, vp.briefing_notes,
              g.id AS group_id, g.name AS group_name, g.objective AS group_objective,
              p.id AS premises_id, p.name AS premises_name, p.address_line1, p.address_line2, p.town, p.postcode,
              p.kind, p.use, p.licensable_activity, p.concern_summary,
              u.display_name AS coordinator_name, u.email AS coordinator_email
         FROM visit_plan vp
         JOIN task_and_finish_group g ON g.id = vp.group_id
         JOIN premises p ON p.id = vp.premises_id
         LEFT JOIN user_account u ON u.id = g.coordinator_user_id
        WHERE vp.id = $1
          AND ($2::uuid IS NULL OR EXISTS (
                SELECT 1 FROM group_agency member WHERE member.group_id = vp.group_id AND member.agency_id = $2::uuid))`,
      [visitPlanId, memberAgencyId],
    )) as HeaderRow[];
    if (!header) return null;

    const people = (await manager.query(
      `SELECT person.id, person.full_name AS "fullName", person.nicknames,
              to_char(person.date_of_birth, 'YYYY-MM-DD') AS "dateOfBirth",
              array_agg(link.role ORDER BY link.created_at, link.role) AS roles
         FROM premises_person link
         JOIN person ON person.id = link.person_id
        WHERE link.premises_id = $1
        GROUP BY person.id
        ORDER BY min(link.created_at), person.full_name`,
      [header.premises_id],
    )) as BriefingPerson[];

    const vehicles = (await manager.query(
      `SELECT vehicle.id, vehicle.registration, vehicle.make, vehicle.model, vehicle.colour, link.notes
         FROM premises_vehicle link
         JOIN vehicle ON vehicle.id = link.vehicle_id
        WHERE link.premises_id = $1
        ORDER BY link.created_at, vehicle.registration`,
      [header.premises_id],
    )) as BriefingVehicle[];

    const businesses = (await manager.query(
      `SELECT business.id, business.name, business.company_number AS "companyNumber", link.relationship
         FROM premises_business link
         JOIN business ON business.id = link.business_id
        WHERE link.premises_id = $1
        ORDER BY link.created_at, business.name`,
      [header.premises_id],
    )) as BriefingBusiness[];

    // Every agency on the plan: those attending, and any whose officers or powers are on it.
    const agencies = (await manager.query(
      `SELECT agency.id, agency.name, agency.type, agency.phone, agency.email,
              attending.enters_premises AS "entersPremises"
         FROM agency
         LEFT JOIN visit_agency attending ON attending.agency_id = agency.id AND attending.visit_plan_id = $1
        WHERE agency.id IN (SELECT agency_id FROM visit_agency WHERE visit_plan_id = $1
                            UNION SELECT agency_id FROM visit_officer WHERE visit_plan_id = $1
                            UNION SELECT agency_id FROM visit_power WHERE visit_plan_id = $1)
        ORDER BY attending.created_at NULLS LAST, agency.name`,
      [visitPlanId],
    )) as Omit<BriefingAgency, 'officers' | 'powers'>[];

    const officers = (await manager.query(
      `SELECT officer.id, officer.name, officer.job_title AS "jobTitle", officer.phone, officer.email,
              invited.response, invited.agency_id AS "agencyId"
         FROM visit_officer invited
         JOIN officer ON officer.id = invited.officer_id
        WHERE invited.visit_plan_id = $1
        ORDER BY invited.created_at, officer.name`,
      [visitPlanId],
    )) as (BriefingOfficer & { agencyId: string })[];

    const powers = (await manager.query(
      `SELECT power.id, power.name, power.legal_basis AS "legalBasis", power.entry, planned.purpose,
              planned.agency_id AS "agencyId"
         FROM visit_power planned
         JOIN power ON power.id = planned.power_id
        WHERE planned.visit_plan_id = $1
        ORDER BY planned.created_at, power.name`,
      [visitPlanId],
    )) as (BriefingPower & { agencyId: string })[];

    return {
      plan: {
        id: header.id,
        version: header.version,
        status: header.status,
        startsAt: header.starts_at,
        endsAt: header.ends_at,
        rendezvousPoint: header.rendezvous_point,
        riskLevel: header.risk_level,
        riskAssessment: header.risk_assessment,
        briefingNotes: header.briefing_notes,
      },
      group: { id: header.group_id, name: header.group_name, objective: header.group_objective },
      premises: {
        id: header.premises_id,
        name: header.premises_name,
        addressLine1: header.address_line1,
        addressLine2: header.address_line2,
        town: header.town,
        postcode: header.postcode,
        kind: header.kind,
        use: header.use,
        licensableActivity: header.licensable_activity,
        concernSummary: header.concern_summary,
      },
      people,
      vehicles,
      businesses,
      agencies: agencies.map((agency) => ({
        ...agency,
        officers: officers
          .filter((o) => o.agencyId === agency.id)
          .map(({ agencyId: _agencyId, ...officer }) => officer),
        powers: powers.filter((p) => p.agencyId === agency.id).map(({ agencyId: _agencyId, ...power }) => power),
      })),
      coordinator:
        header.coordinator_name && header.coordinator_email
          ? { name: header.coordinator_name, email: header.coordinator_email }
          : null,
      producedAt: new Date(),
    };
  }
}
