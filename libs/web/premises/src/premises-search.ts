import { PREMISES_STATUSES, type PremisesStatus } from '@lantern/shared/domain';

/** A premises search as it is kept in the address bar: /premises?text=...&postcode=...&status=...&page=2 */
export interface PremisesSearch {
  text: string;
  postcode: string;
  status: PremisesStatus | '';
  page: number;
}

export const PREMISES_PAGE_SIZE = 20;

export function premisesSearchFrom(params: URLSearchParams): PremisesSearch {
  const status = params.get('status') ?? '';
  const page = Number(params.get('page') ?? '1');
  return {
    text: params.get('text') ?? '',
    postcode: params.get('postcode') ?? '',
    status: (PREMISES_STATUSES as readonly string[]).includes(status) ? (status as PremisesStatus) : '',
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/** The query string for a search; empty criteria and page 1 are left out, so addresses stay short. */
export function premisesSearchQuery(search: PremisesSearch): string {
  const params = new URLSearchParams();
  if (search.text.trim()) params.set('text', search.text.trim());
  if (search.postcode.trim()) params.set('postcode', search.postcode.trim());
  if (search.status) params.set('status', search.status);
  if (search.page > 1) params.set('page', String(search.page));
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function totalPages(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}
