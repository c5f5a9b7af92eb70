import { agendaReason, decisionProblems, meetingProblems } from './meeting.rules';

const fields = (problems: { field: string }[]) => problems.map((p) => p.field).sort();

describe('the weekly intelligence meeting', () => {
  it('needs a real date and the agencies attending', () => {
    expect(meetingProblems({ heldOn: '2026-11-24', attendingAgencyIds: ['a'] })).toEqual([]);
    expect(fields(meetingProblems({ heldOn: '2026-02-30', attendingAgencyIds: [] }))).toEqual([
      'attendingAgencyIds',
      'heldOn',
    ]);
  });

  it('forms a group only on a premises item and with the group’s details; an action needs its owner', () => {
    const base = { text: 'Decided', hasGroup: true, itemKind: 'PREMISES' };
    expect(decisionProblems({ ...base, kind: 'FORM_GROUP' })).toEqual([]);
    expect(fields(decisionProblems({ ...base, kind: 'FORM_GROUP', itemKind: 'PERSON' }))).toEqual(['group']);
    expect(fields(decisionProblems({ ...base, kind: 'FORM_GROUP', hasGroup: false }))).toEqual(['group']);
    expect(fields(decisionProblems({ ...base, kind: 'ACTION', hasGroup: false }))).toEqual(['ownerAgencyId']);
    expect(fields(decisionProblems({ ...base, kind: 'NO_FURTHER_ACTION', text: ' ' }))).toEqual(['text']);
  });

  it('says why an item is on the agenda', () => {
    expect(agendaReason(1, '26 October 2026')).toBe('1 information report since 26 October 2026');
    expect(agendaReason(3, '17 November 2026')).toBe('3 information reports since 17 November 2026');
  });
});
