/**
 * The SQL condition that the premises whose id is in `premisesIdColumn` is shared with the agency in `agency` (a
 * bound parameter, `:name` or `$n`): what an agency officer may see of premises and of what happens at them.
 */
export function premisesSharedWith(premisesIdColumn: string, agency: string): string {
  return `EXISTS (SELECT 1 FROM premises_agency scope WHERE scope.premises_id = ${premisesIdColumn} AND scope.agency_id = ${agency})`;
}
