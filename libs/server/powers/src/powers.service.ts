import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  assertValid,
  DomainError,
  DomainErrorCode,
  escapeLike,
  NotFound,
  reportDuplicateAs,
  updateAtVersion,
} from '@lantern/server/core';
import { Power } from './power.entity';
import { PowerFields, powerProblems } from './power.rules';
import type { PowerFilter } from './power.types';

function normalise(input: PowerFields): PowerFields {
  const blank = (value: string | null) => (value && value.trim() ? value.trim() : null);
  return {
    ...input,
    code: input.code.trim(),
    name: input.name.trim(),
    legalBasis: input.legalBasis.trim(),
    premisesKinds: input.premisesKinds && input.premisesKinds.length ? [...new Set(input.premisesKinds)] : null,
    holderAgencyTypes: [...new Set(input.holderAgencyTypes)],
    conditions: [...new Set(input.conditions)],
    minDuration: blank(input.minDuration),
    maxDuration: blank(input.maxDuration),
    noticePeriod: blank(input.noticePeriod),
    minCompliancePeriod: blank(input.minCompliancePeriod),
    effectiveTo: blank(input.effectiveTo),
  };
}

const codeTaken = reportDuplicateAs('code', 'A power with this code already exists');

@Injectable()
export class PowersService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  list(filter: PowerFilter = {}): Promise<Power[]> {
    const query = this.db.getRepository(Power).createQueryBuilder('power').orderBy('power.name', 'ASC');
    if (filter.agencyType)
      query.andWhere(':agencyType = ANY(power.holder_agency_types)', { agencyType: filter.agencyType });
    if (filter.category) query.andWhere('power.category = :category', { category: filter.category });
    if (filter.search?.trim()) {
      query.andWhere('(power.name ILIKE :search OR power.legal_basis ILIKE :search)', {
        search: `%${escapeLike(filter.search.trim())}%`,
      });
    }
    if (filter.inForceOn) {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(filter.inForceOn))
        throw new DomainError(DomainErrorCode.BAD_USER_INPUT, 'The date must be like 2026-11-23.');
      query.andWhere('power.effective_from <= :day AND (power.effective_to IS NULL OR power.effective_to >= :day)', {
        day: filter.inForceOn,
      });
    }
    return query.getMany();
  }

  async get(id: string): Promise<Power> {
    const power = await this.db.getRepository(Power).findOneBy({ id });
    if (!power) throw new NotFound('The power');
    return power;
  }

  async create(input: PowerFields): Promise<Power> {
    const power = normalise(input);
    assertValid(powerProblems(power));
    return this.db.getRepository(Power).save(this.db.getRepository(Power).create(power)).catch(codeTaken);
  }

  async update(id: string, version: number, input: PowerFields): Promise<Power> {
    const power = normalise(input);
    assertValid(powerProblems(power));
    return this.db
      .transaction((manager) => updateAtVersion(manager, Power, 'This power', id, version, power))
      .catch(codeTaken);
  }

  /** Adds catalogue powers that are not in the database yet; administrators' edits are kept. Returns how many were added. */
  async addMissingFromCatalogue(catalogue: PowerFields[], manager: EntityManager = this.db.manager): Promise<number> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(Power)
      .values(catalogue.map(normalise))
      .orIgnore()
      .execute();
    return result.identifiers.filter(Boolean).length;
  }
}
