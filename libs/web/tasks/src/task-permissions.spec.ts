import { mayWorkOnTask } from './task-permissions';

describe('who may work on a task', () => {
  const task = { ownerAgency: { id: 'fire' } };

  it('is coordinators, whatever their agency', () => {
    expect(mayWorkOnTask({ role: 'COORDINATOR', agencyId: 'council' }, task)).toBe(true);
    expect(mayWorkOnTask({ role: 'INTELLIGENCE_OFFICER', agencyId: 'police' }, task)).toBe(true);
  });

  it('is officers of the agency that owns the task, and no other agency officers', () => {
    expect(mayWorkOnTask({ role: 'AGENCY_OFFICER', agencyId: 'fire' }, task)).toBe(true);
    expect(mayWorkOnTask({ role: 'AGENCY_OFFICER', agencyId: 'licensing' }, task)).toBe(false);
    expect(mayWorkOnTask(null, task)).toBe(false);
  });
});
