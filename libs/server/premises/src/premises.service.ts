import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import {
  assertValid,
  DomainError,
  DomainErrorCode,
  escapeLike,
  FieldError,
  NotFound,
  Page,
  pageWindow,
  updateAtVersion,
} from '@lantern/server/core';
import { blankToNull, normalisePostcode, normaliseRegistration, scopingAgency, Viewer } from '@lantern/shared/domain';
import { AuditLog } from '@lantern/server/audit';
import { Agency } from '@lantern/server/agencies';
import { Premises } from './premises.entity';
import { premisesSharedWith } from './premises-scope';
import {
  Business,
  Person,
  PremisesAgency,
  PremisesBusiness,
  PremisesPerson,
  PremisesVehicle,
  Vehicle,
} from './linked-records.entity';
import {
  businessProblems,
  personProblems,
  personRoleProblem,
  premisesProblems,
  vehicleProblems,
} from './premises.rules';
import type {
  LinkBusinessInput,
  LinkPersonInput,
  LinkVehicleInput,
  PersonInput,
  PremisesFilter,
  PremisesInput,
} from './premises.types';

function premisesColumns(input: PremisesInput) {
  return {
    name: input.name.trim(),
    addressLine1: input.addressLine1.trim(),
    addressLine2: blankToNull(input.addressLine2),
    town: input.town.trim(),
    postcode: normalisePostcode(input.postcode),
    uprn: blankToNull(input.uprn),
    kind: input.kind,
    use: input.use,
    status: input.status,
    licensableActivity: input.licensableActivity,
    concernSummary: input.concernSummary?.trim() ?? '',
  };
}

function personColumns(input: PersonInput) {
  return {
    fullName: input.fullName.trim(),
    nicknames: [...new Set((input.nicknames ?? []).map((n) => n.trim()).filter(Boolean))],
    dateOfBirth: blankToNull(input.dateOfBirth),
    notes: input.notes?.trim() ?? '',
  };
}

const today = () => new Date().toISOString().slice(0, 10);

export interface AssociatedPremisesRow {
  sourceId: string;
  premisesId: string;
  throughPersonIds: string[];
}

/** Something to do in the same transaction when a person is linked to a premises. */
export type PersonLinkedHook = (manager: EntityManager, link: PremisesPerson) => Promise<void>;

@Injectable()
export class PremisesService {
  private readonly personLinkedHooks: PersonLinkedHook[] = [];

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditLog,
  ) {}

  /**
   * Limits a premises query to what the viewer may see: an agency officer, only the premises their
   * agency takes part in; everyone else with access, every premises.
   */
  private visible<T extends ObjectLiteral>(
    query: SelectQueryBuilder<T>,
    viewer: Viewer | null,
    premisesIdColumn: string,
  ): SelectQueryBuilder<T> {
    const agencyId = scopingAgency(viewer);
    if (!agencyId) return query;
    return query.andWhere(premisesSharedWith(premisesIdColumn, ':scopeAgencyId'), { scopeAgencyId: agencyId });
  }

  private consult<T extends { id: string }>(
    viewer: Viewer | null,
    entityType: string,
    purpose: string,
    load: (manager: EntityManager) => Promise<T[]>,
  ): Promise<T[]> {
    return this.audit.consult(this.db, viewer, { entityType, purpose }, load);
  }

  async search(
    viewer: Viewer | null,
    filter: PremisesFilter,
    page: { page: number; pageSize: number },
  ): Promise<Page<Premises>> {
    const { offset, limit } = pageWindow(page);
    const query = this.visible(this.db.getRepository(Premises).createQueryBuilder('premises'), viewer, 'premises.id');
    const text = filter.text?.trim();
    if (text) {
      query.andWhere('(premises.name ILIKE :text OR premises.address_line1 ILIKE :text)', {
        text: `%${escapeLike(text)}%`,
      });
    }
    const postcode = filter.postcode?.trim();
    if (postcode) {
      const compact = postcode.replace(/\s+/g, '').toUpperCase();
      if (!/^[A-Z0-9]{1,7}$/.test(compact)) {
        throw new DomainError(
          DomainErrorCode.BAD_USER_INPUT,
          'Enter a postcode or the start of one, like NB1 or NB1 2AB.',
          [{ field: 'postcode', message: 'Enter a postcode or the start of one, like NB1 or NB1 2AB' }],
        );
      }
      query.andWhere("replace(premises.postcode, ' ', '') LIKE :postcode", { postcode: `${compact}%` });
    }
    if (filter.status) query.andWhere('premises.status = :status', { status: filter.status });
    let total = 0;
    const items = await this.consult(viewer, 'premises', 'Premises register: search premises', async (manager) => {
      const [rows, count] = await query
        .setQueryRunner(manager.queryRunner!)
        .orderBy('premises.name', 'ASC')
        .addOrderBy('premises.id', 'ASC')
        .skip(offset)
        .take(limit)
        .getManyAndCount();
      total = count;
      return rows;
    });
    return { items, total, page: page.page, pageSize: page.pageSize };
  }

  async get(viewer: Viewer | null, id: string): Promise<Premises> {
    const [premises] = await this.consult(viewer, 'premises', 'Premises register: view a premises', (manager) =>
      this.visible(manager.getRepository(Premises).createQueryBuilder('p'), viewer, 'p.id')
        .andWhere('p.id = :id', { id })
        .getMany(),
    );
    if (!premises) throw new NotFound('The premises');
    return premises;
  }

  premisesByIds(viewer: Viewer | null, ids: readonly string[]): Promise<Premises[]> {
    return this.consult(viewer, 'premises', 'Premises register: view linked premises', (manager) =>
      this.visible(manager.getRepository(Premises).createQueryBuilder('p'), viewer, 'p.id')
        .andWhere('p.id IN (:...ids)', { ids })
        .getMany(),
    );
  }

  async create(viewer: Viewer | null, input: PremisesInput): Promise<Premises> {
    assertValid(premisesProblems(input));
    return this.db.transaction(async (manager) => {
      const premises = await manager.save(manager.create(Premises, premisesColumns(input)));
      if (viewer) {
        await manager.insert(PremisesAgency, {
          premisesId: premises.id,
          agencyId: viewer.agencyId,
          addedByUserId: viewer.userId,
        });
      }
      await this.audit.record(manager, viewer, {
        action: 'COLLECTION',
        entityType: 'premises',
        entityIds: [premises.id],
        purpose: 'Premises register: record a premises of concern',
      });
      return premises;
    });
  }

  async update(viewer: Viewer | null, id: string, version: number, input: PremisesInput): Promise<Premises> {
    assertValid(premisesProblems(input));
    return this.db.transaction(async (manager) => {
      const premises = await updateAtVersion(manager, Premises, 'This premises', id, version, premisesColumns(input));
      await this.audit.record(manager, viewer, {
        action: 'ALTERATION',
        entityType: 'premises',
        entityIds: [id],
        purpose: 'Premises register: edit a premises',
        details: { version: premises.version },
      });
      return premises;
    });
  }

  // People --------------------------------------------------------------------------------

  personLinksOf(viewer: Viewer | null, premisesIds: readonly string[]): Promise<PremisesPerson[]> {
    return this.consult(viewer, 'premises_person', 'Premises register: people linked to a premises', (manager) =>
      manager.find(PremisesPerson, { where: { premisesId: In([...premisesIds]) }, order: { createdAt: 'ASC' } }),
    );
  }

  premisesLinksOfPeople(viewer: Viewer | null, personIds: readonly string[]): Promise<PremisesPerson[]> {
    return this.consult(viewer, 'premises_person', 'Premises register: premises a person is linked to', (manager) =>
      this.visible(manager.getRepository(PremisesPerson).createQueryBuilder('link'), viewer, 'link.premises_id')
        .andWhere('link.person_id IN (:...personIds)', { personIds })
        .orderBy('link.created_at', 'ASC')
        .getMany(),
    );
  }

  peopleByIds(viewer: Viewer | null, ids: readonly string[]): Promise<Person[]> {
    return this.consult(viewer, 'person', 'Premises register: view linked people', (manager) =>
      manager.findBy(Person, { id: In([...ids]) }),
    );
  }

  async getPerson(viewer: Viewer | null, id: string): Promise<Person> {
    const [person] = await this.consult(viewer, 'person', 'Premises register: view a person', (manager) =>
      this.visiblePeople(manager, viewer).andWhere('person.id = :id', { id }).getMany(),
    );
    if (!person) throw new NotFound('The person');
    return person;
  }

  /** People whose name or nickname contains the text, for linking an existing person rather than creating a duplicate. */
  findPeople(viewer: Viewer | null, text: string): Promise<Person[]> {
    const pattern = `%${escapeLike(text.trim())}%`;
    if (text.trim().length < 2)
      throw new DomainError(DomainErrorCode.BAD_USER_INPUT, 'Enter at least 2 characters to search for a person.');
    return this.consult(viewer, 'person', 'Premises register: search people to link', (manager) =>
      this.visiblePeople(manager, viewer)
        .andWhere("(person.full_name ILIKE :pattern OR array_to_string(person.nicknames, ' ') ILIKE :pattern)", {
          pattern,
        })
        .orderBy('person.full_name', 'ASC')
        .take(25)
        .getMany(),
    );
  }

  /** People an agency officer may see: those linked to a premises their agency takes part in. */
  private visiblePeople(manager: EntityManager, viewer: Viewer | null): SelectQueryBuilder<Person> {
    const query = manager.getRepository(Person).createQueryBuilder('person');
    const agencyId = scopingAgency(viewer);
    if (!agencyId) return query;
    return query.andWhere(
      `EXISTS (SELECT 1 FROM premises_person link JOIN premises_agency scope ON scope.premises_id = link.premises_id
                WHERE link.person_id = person.id AND scope.agency_id = :scopeAgencyId)`,
      { scopeAgencyId: agencyId },
    );
  }

  async updatePerson(viewer: Viewer | null, id: string, version: number, input: PersonInput): Promise<Person> {
    assertValid(personProblems(input, today()));
    return this.db.transaction(async (manager) => {
      const person = await updateAtVersion(manager, Person, 'This person', id, version, personColumns(input));
      await this.audit.record(manager, viewer, {
        action: 'ALTERATION',
        entityType: 'person',
        entityIds: [id],
        purpose: 'Premises register: edit a person',
        details: { version: person.version },
      });
      return person;
    });
  }

  /**
   * Checks a person link before any transaction: BAD_USER_INPUT with field errors named under `prefix` (e.g.
   * `people.0.`), so a form that links several people can point at the right row.
   */
  assertPersonLinkInput(input: LinkPersonInput, prefix = ''): void {
    const named = (problems: FieldError[], under = '') =>
      problems.map((p) => ({ ...p, field: `${prefix}${under}${p.field}` }));
    assertValid(named(personRoleProblem(input.role)));
    if (!!input.personId === !!input.person) {
      throw new DomainError(DomainErrorCode.BAD_USER_INPUT, 'Choose an existing person or enter a new one, not both.', [
        { field: `${prefix}personId`, message: 'Choose an existing person or enter a new one, not both' },
      ]);
    }
    if (input.person) assertValid(named(personProblems(input.person, today()), 'person.'));
  }

  async linkPerson(viewer: Viewer | null, premisesId: string, input: LinkPersonInput): Promise<PremisesPerson> {
    this.assertPersonLinkInput(input);
    return this.db.transaction(async (manager) => {
      const { link } = await this.linkPersonWithin(manager, viewer, premisesId, input, 'refuse');
      for (const hook of this.personLinkedHooks) await hook(manager, link);
      return link;
    });
  }

  /**
   * Runs `hook` inside the transaction of every link made on its own (from the premises page; links made by a visit
   * record or a report are their cause's business): monitoring, which builds on premises, alerts through it.
   */
  onPersonLinked(hook: PersonLinkedHook): void {
    this.personLinkedHooks.push(hook);
  }

  /**
   * Links an existing person (one the viewer may see) or a new one to a premises, inside the caller's transaction:
   * creating a person is audited as a COLLECTION, the link as a COMBINATION. When the person is already linked
   * in that role, `whenLinked` says whether to refuse or keep the existing link (nothing new is combined then).
   * Call assertPersonLinkInput first.
   */
  async linkPersonWithin(
    manager: EntityManager,
    viewer: Viewer | null,
    premisesId: string,
    input: LinkPersonInput,
    whenLinked: 'refuse' | 'keep',
  ): Promise<{ link: PremisesPerson; personCreated: boolean; linkCreated: boolean }> {
    await this.lockPremises(manager, premisesId);
    let personId = input.personId ?? null;
    if (personId) {
      const id = personId;
      if (!(await this.visiblePeople(manager, viewer).andWhere('person.id = :id', { id }).getExists()))
        throw new NotFound('The person');
    } else {
      personId = (await manager.save(manager.create(Person, personColumns(input.person!)))).id;
      await this.audit.record(manager, viewer, {
        action: 'COLLECTION',
        entityType: 'person',
        entityIds: [personId],
        purpose: 'Premises register: record a person linked to a premises',
      });
    }
    const existing = await manager.findOneBy(PremisesPerson, { premisesId, personId, role: input.role });
    if (existing && whenLinked === 'keep') return { link: existing, personCreated: false, linkCreated: false };
    if (existing) {
      throw new DomainError(
        DomainErrorCode.BAD_USER_INPUT,
        'This person is already linked to the premises in that role.',
      );
    }
    const link = await manager.save(manager.create(PremisesPerson, { premisesId, personId, role: input.role }));
    await this.audit.record(manager, viewer, {
      action: 'COMBINATION',
      entityType: 'premises_person',
      entityIds: [link.id, premisesId, personId],
      purpose: 'Premises register: link a person to a premises',
      details: { role: input.role },
    });
    return { link, personCreated: !input.personId, linkCreated: true };
  }

  unlinkPerson(viewer: Viewer | null, linkId: string): Promise<boolean> {
    return this.unlink(viewer, PremisesPerson, 'premises_person', linkId);
  }

  /** Removes a link, recording its erasure (metadata only) in the same transaction. */
  private unlink(
    viewer: Viewer | null,
    target: typeof PremisesPerson | typeof PremisesVehicle | typeof PremisesBusiness,
    entityType: string,
    linkId: string,
  ): Promise<boolean> {
    return this.db.transaction(async (manager) => {
      const result = await manager.delete(target, { id: linkId });
      if (!result.affected) throw new NotFound('The link');
      await this.audit.record(manager, viewer, {
        action: 'ERASURE',
        entityType,
        entityIds: [linkId],
        purpose: 'Premises register: remove a link',
      });
      return true;
    });
  }

  /**
   * Other premises that share a linked person with each of these premises: the network an
   * owner or manager operates across.
   */
  async associatedPremisesOf(viewer: Viewer | null, premisesIds: readonly string[]): Promise<AssociatedPremisesRow[]> {
    const rows: { source_id: string; premises_id: string; through: string[] }[] = await this.db.query(
      `SELECT mine.premises_id AS source_id, theirs.premises_id AS premises_id, array_agg(DISTINCT mine.person_id) AS through
         FROM premises_person mine
         JOIN premises_person theirs ON theirs.person_id = mine.person_id AND theirs.premises_id <> mine.premises_id
        WHERE mine.premises_id = ANY($1::uuid[])
          AND ($2::uuid IS NULL OR EXISTS (
                SELECT 1 FROM premises_agency scope WHERE scope.premises_id = theirs.premises_id AND scope.agency_id = $2::uuid))
        GROUP BY mine.premises_id, theirs.premises_id
        ORDER BY mine.premises_id, theirs.premises_id`,
      [premisesIds, scopingAgency(viewer)],
    );
    return rows.map((row) => ({ sourceId: row.source_id, premisesId: row.premises_id, throughPersonIds: row.through }));
  }

  // Agencies taking part ------------------------------------------------------------------

  agencyLinksOf(premisesIds: readonly string[]): Promise<PremisesAgency[]> {
    return this.db
      .getRepository(PremisesAgency)
      .find({ where: { premisesId: In([...premisesIds]) }, order: { createdAt: 'ASC' } });
  }

  /** Shares a premises (and what is linked to it) with another agency: a disclosure, recorded with its recipient. */
  async shareWithAgency(viewer: Viewer | null, premisesId: string, agencyId: string): Promise<PremisesAgency> {
    return this.db.transaction(async (manager) => {
      await this.lockPremises(manager, premisesId);
      if (!(await manager.existsBy(Agency, { id: agencyId }))) throw new NotFound('The agency');
      if (await manager.existsBy(PremisesAgency, { premisesId, agencyId })) {
        throw new DomainError(
          DomainErrorCode.BAD_USER_INPUT,
          'This agency already takes part in the work on this premises.',
        );
      }
      const link = await manager.save(
        manager.create(PremisesAgency, { premisesId, agencyId, addedByUserId: viewer?.userId ?? null }),
      );
      await this.audit.record(manager, viewer, {
        action: 'DISCLOSURE',
        entityType: 'premises',
        entityIds: [premisesId],
        recipients: [agencyId],
        purpose: 'Premises register: share a premises with an agency taking part',
      });
      return link;
    });
  }

  async stopSharingWithAgency(viewer: Viewer | null, premisesId: string, agencyId: string): Promise<boolean> {
    return this.db.transaction(async (manager) => {
      const result = await manager.delete(PremisesAgency, { premisesId, agencyId });
      if (!result.affected) throw new NotFound('That agency taking part');
      await this.audit.record(manager, viewer, {
        action: 'ALTERATION',
        entityType: 'premises_agency',
        entityIds: [premisesId, agencyId],
        purpose: 'Premises register: stop sharing a premises with an agency',
      });
      return true;
    });
  }

  // Vehicles and businesses --------------------------------------------------------------

  vehicleLinksOf(premisesIds: readonly string[]): Promise<PremisesVehicle[]> {
    return this.db
      .getRepository(PremisesVehicle)
      .find({ where: { premisesId: In([...premisesIds]) }, order: { createdAt: 'ASC' } });
  }

  /** Registrations can identify their keepers: reading them is a consultation. */
  vehiclesByIds(viewer: Viewer | null, ids: readonly string[]): Promise<Vehicle[]> {
    return this.consult(viewer, 'vehicle', 'Premises register: view linked vehicles', (manager) =>
      manager.findBy(Vehicle, { id: In([...ids]) }),
    );
  }

  async linkVehicle(viewer: Viewer | null, premisesId: string, input: LinkVehicleInput): Promise<PremisesVehicle> {
    assertValid(vehicleProblems(input));
    const registration = normaliseRegistration(input.registration);
    return this.db.transaction(async (manager) => {
      await this.lockPremises(manager, premisesId);
      await manager
        .createQueryBuilder()
        .insert()
        .into(Vehicle)
        .values({
          registration,
          make: blankToNull(input.make),
          model: blankToNull(input.model),
          colour: blankToNull(input.colour),
        })
        .orIgnore()
        .execute();
      const vehicle = await manager.findOneByOrFail(Vehicle, { registration });
      if (await manager.existsBy(PremisesVehicle, { premisesId, vehicleId: vehicle.id })) {
        throw new DomainError(DomainErrorCode.BAD_USER_INPUT, 'This vehicle is already linked to the premises.', [
          { field: 'registration', message: 'This vehicle is already linked to the premises' },
        ]);
      }
      const link = await manager.save(
        manager.create(PremisesVehicle, { premisesId, vehicleId: vehicle.id, notes: input.notes?.trim() ?? '' }),
      );
      await this.audit.record(manager, viewer, {
        action: 'COMBINATION',
        entityType: 'premises_vehicle',
        entityIds: [link.id, premisesId, vehicle.id],
        purpose: 'Premises register: link a vehicle to a premises',
      });
      return link;
    });
  }

  unlinkVehicle(viewer: Viewer | null, linkId: string): Promise<boolean> {
    return this.unlink(viewer, PremisesVehicle, 'premises_vehicle', linkId);
  }

  businessLinksOf(premisesIds: readonly string[]): Promise<PremisesBusiness[]> {
    return this.db
      .getRepository(PremisesBusiness)
      .find({ where: { premisesId: In([...premisesIds]) }, order: { createdAt: 'ASC' } });
  }

  businessesByIds(ids: readonly string[]): Promise<Business[]> {
    return this.db.getRepository(Business).findBy({ id: In([...ids]) });
  }

  async linkBusiness(viewer: Viewer | null, premisesId: string, input: LinkBusinessInput): Promise<PremisesBusiness> {
    if (!!input.businessId === !!input.name?.trim()) {
      throw new DomainError(
        DomainErrorCode.BAD_USER_INPUT,
        'Choose an existing business or enter a new one, not both.',
      );
    }
    if (!input.businessId)
      assertValid(
        businessProblems({
          name: input.name ?? '',
          companyNumber: input.companyNumber,
          relationship: input.relationship,
        }),
      );
    return this.db.transaction(async (manager) => {
      await this.lockPremises(manager, premisesId);
      let businessId = input.businessId ?? null;
      if (businessId) {
        if (!(await manager.existsBy(Business, { id: businessId }))) throw new NotFound('The business');
      } else {
        const companyNumber = blankToNull(input.companyNumber)?.toUpperCase() ?? null;
        businessId = (await manager.save(manager.create(Business, { name: input.name!.trim(), companyNumber }))).id;
      }
      if (await manager.existsBy(PremisesBusiness, { premisesId, businessId })) {
        throw new DomainError(DomainErrorCode.BAD_USER_INPUT, 'This business is already linked to the premises.');
      }
      const link = await manager.save(
        manager.create(PremisesBusiness, { premisesId, businessId, relationship: input.relationship?.trim() ?? '' }),
      );
      await this.audit.record(manager, viewer, {
        action: 'COMBINATION',
        entityType: 'premises_business',
        entityIds: [link.id, premisesId, businessId],
        purpose: 'Premises register: link a business to a premises',
      });
      return link;
    });
  }

  unlinkBusiness(viewer: Viewer | null, linkId: string): Promise<boolean> {
    return this.unlink(viewer, PremisesBusiness, 'premises_business', linkId);
  }

  /** Holds the premises row for the rest of the transaction; NOT_FOUND when there is none. */
  private async lockPremises(manager: EntityManager, premisesId: string): Promise<void> {
    const found = await manager
      .getRepository(Premises)
      .createQueryBuilder('p')
      .setLock('pessimistic_write')
      .where('p.id = :premisesId', { premisesId })
      .getExists();
    if (!found) throw new NotFound('The premises');
  }
}
