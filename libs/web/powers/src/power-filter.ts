import { AGENCY_TYPES, POWER_CATEGORIES, type AgencyType, type PowerCategory } from '@lantern/shared/domain';

/** The catalogue's filters as kept in the address bar: /powers?agencyType=POLICE&category=NOTICE&search=closure */
export interface PowerFilterValues {
  agencyType: AgencyType | '';
  category: PowerCategory | '';
  search: string;
}

export function powerFilterFrom(params: URLSearchParams): PowerFilterValues {
  const agencyType = params.get('agencyType') ?? '';
  const category = params.get('category') ?? '';
  return {
    agencyType: (AGENCY_TYPES as readonly string[]).includes(agencyType) ? (agencyType as AgencyType) : '',
    category: (POWER_CATEGORIES as readonly string[]).includes(category) ? (category as PowerCategory) : '',
    search: params.get('search') ?? '',
  };
}

export function powerFilterQuery(filter: PowerFilterValues): string {
  const params = new URLSearchParams();
  if (filter.agencyType) params.set('agencyType', filter.agencyType);
  if (filter.category) params.set('category', filter.category);
  if (filter.search.trim()) params.set('search', filter.search.trim());
  const query = params.toString();
  return query ? `?${query}` : '';
}
