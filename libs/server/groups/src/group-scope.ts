import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { scopingAgency, Viewer } from '@lantern/shared/domain';

/**
 * Limits a query to the groups a viewer may see: an agency officer, only the groups their agency is a
 * member of (and so their tasks and visits); coordinating roles, every group.
 */
export function whereGroupVisible<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  viewer: Viewer | null,
  groupIdColumn: string,
): SelectQueryBuilder<T> {
  const agencyId = scopingAgency(viewer);
  if (!agencyId) return query;
  return query.andWhere(groupHasMember(groupIdColumn, ':memberAgencyId'), { memberAgencyId: agencyId });
}

/** The SQL condition that the group whose id is in `groupIdColumn` has the agency in `agency` (a bound parameter). */
export function groupHasMember(groupIdColumn: string, agency: string): string {
  return `EXISTS (SELECT 1 FROM group_agency member WHERE member.group_id = ${groupIdColumn} AND member.agency_id = ${agency})`;
}
