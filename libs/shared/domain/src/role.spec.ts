import { scopingAgency } from './role';

describe('scopingAgency', () => {
  it('limits agency officers to their own agency', () =>
    expect(scopingAgency({ role: 'AGENCY_OFFICER', agencyId: 'fire' })).toBe('fire'));
  it.each(['ADMINISTRATOR', 'COORDINATOR', 'INTELLIGENCE_OFFICER'] as const)('lets %s work across agencies', (role) =>
    expect(scopingAgency({ role, agencyId: 'police' })).toBeNull(),
  );
  it('does not scope system work (no viewer)', () => expect(scopingAgency(null)).toBeNull());
});
