import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { assertValid, NotFound, reportDuplicateAs, updateAtVersion } from '@lantern/server/core';
import { blankToNull, Viewer } from '@lantern/shared/domain';
import { AuditLog } from '@lantern/server/audit';
import { Agency } from './agency.entity';
import { Officer } from './officer.entity';
import { agencyProblems, officerProblems } from './agency.rules';
import type { AgencyInput, OfficerInput } from './agency.types';

function agencyColumns(input: AgencyInput) {
  return {
    name: input.name.trim(),
    type: input.type,
    area: blankToNull(input.area),
    email: blankToNull(input.email)?.toLowerCase() ?? null,
    phone: blankToNull(input.phone),
  };
}

function officerColumns(input: OfficerInput) {
  return {
    name: input.name.trim(),
    jobTitle: blankToNull(input.jobTitle),
    email: blankToNull(input.email)?.toLowerCase() ?? null,
    phone: blankToNull(input.phone),
    active: input.active,
  };
}

const nameTaken = reportDuplicateAs('name', 'An agency with this name already exists');

@Injectable()
export class AgenciesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditLog,
  ) {}

  list(): Promise<Agency[]> {
    return this.db.getRepository(Agency).find({ order: { name: 'ASC' } });
  }

  async get(id: string): Promise<Agency> {
    const agency = await this.db.getRepository(Agency).findOneBy({ id });
    if (!agency) throw new NotFound('The agency');
    return agency;
  }

  officersOfAgencies(viewer: Viewer | null, agencyIds: readonly string[]): Promise<Officer[]> {
    return this.audit.consult(
      this.db,
      viewer,
      { entityType: 'officer', purpose: 'Agencies: view officers' },
      (manager) => manager.find(Officer, { where: { agencyId: In([...agencyIds]) }, order: { name: 'ASC' } }),
    );
  }

  /** Officers by id, for records that name them (group members, task owners, visit attendees). */
  officersByIds(viewer: Viewer | null, ids: readonly string[]): Promise<Officer[]> {
    return this.audit.consult(
      this.db,
      viewer,
      { entityType: 'officer', purpose: 'Agencies: view named officers' },
      (manager) => manager.findBy(Officer, { id: In([...ids]) }),
    );
  }

  async getOfficer(viewer: Viewer | null, id: string): Promise<Officer> {
    const [officer] = await this.audit.consult(
      this.db,
      viewer,
      { entityType: 'officer', purpose: 'Agencies: view an officer' },
      (manager) => manager.findBy(Officer, { id }),
    );
    if (!officer) throw new NotFound('The officer');
    return officer;
  }

  async create(input: AgencyInput): Promise<Agency> {
    assertValid(agencyProblems(input));
    return this.db
      .getRepository(Agency)
      .save(this.db.getRepository(Agency).create(agencyColumns(input)))
      .catch(nameTaken);
  }

  async update(id: string, version: number, input: AgencyInput): Promise<Agency> {
    assertValid(agencyProblems(input));
    return this.db
      .transaction((manager) => updateAtVersion(manager, Agency, 'This agency', id, version, agencyColumns(input)))
      .catch(nameTaken);
  }

  async createOfficer(viewer: Viewer | null, agencyId: string, input: OfficerInput): Promise<Officer> {
    assertValid(officerProblems(input));
    await this.get(agencyId);
    return this.db.transaction(async (manager) => {
      const officer = await manager.save(manager.create(Officer, { ...officerColumns(input), agencyId }));
      await this.audit.record(manager, viewer, {
        action: 'COLLECTION',
        entityType: 'officer',
        entityIds: [officer.id],
        purpose: 'Agencies: add an officer',
      });
      return officer;
    });
  }

  async updateOfficer(viewer: Viewer | null, id: string, version: number, input: OfficerInput): Promise<Officer> {
    assertValid(officerProblems(input));
    return this.db.transaction(async (manager) => {
      const officer = await updateAtVersion(manager, Officer, 'This officer', id, version, officerColumns(input));
      await this.audit.record(manager, viewer, {
        action: 'ALTERATION',
        entityType: 'officer',
        entityIds: [id],
        purpose: 'Agencies: edit an officer',
        details: { version: officer.version },
      });
      return officer;
    });
  }
}
