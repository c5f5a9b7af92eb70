import {
  draftKey,
  emptyPersonMet,
  newVisitRecordForm,
  otherEligibleOfficers,
  readDraft,
  visitRecordFieldErrors,
  visitRecordFormProblems,
  visitRecordFormFrom,
  visitRecordInputFrom,
} from './visit-record-form-values';

const defined = (errors: Record<string, string | undefined>) =>
  Object.fromEntries(Object.entries(errors).filter(([, message]) => message !== undefined));

describe('the visit record form', () => {
  it('starts at now in London with the planned officers ticked', () => {
    // 21:40 on 13 July 2026 in London is 20:40 UTC (summer time).
    const form = newVisitRecordForm(new Date('2026-07-13T20:40:00Z'), ['ashgrove', 'penhallow']);
    expect(form).toMatchObject({
      date: { day: '13', month: '7', year: '2026' },
      startTime: '21:40',
      attendingOfficerIds: ['ashgrove', 'penhallow'],
    });
  });

  it('sends London times, a whole number of occupants, and existing or new people', () => {
    const form = {
      ...newVisitRecordForm(new Date('2026-03-13T22:30:00Z'), ['a']),
      startTime: '2330',
      endTime: '00:45',
      numberOfOccupants: ' 14 ',
      observations: ['CHILDREN_PRESENT' as const],
      people: [
        {
          ...emptyPersonMet('1'),
          fullName: 'Kyle Brennan',
          dateOfBirth: { day: '30', month: '11', year: '1994' },
          role: 'MANAGER' as const,
        },
        { ...emptyPersonMet('2'), personId: 'owner', role: 'OWNER' as const },
      ],
    };
    expect(defined(visitRecordFormProblems(form))).toEqual({});
    expect(visitRecordInputFrom(form)).toEqual({
      startedAt: '2026-03-13T23:30',
      endedAt: '2026-03-14T00:45',
      attendingOfficerIds: ['a'],
      observations: ['CHILDREN_PRESENT'],
      numberOfOccupants: 14,
      notes: '',
      people: [
        { person: { fullName: 'Kyle Brennan', nicknames: [], dateOfBirth: '1994-11-30' }, role: 'MANAGER' },
        { personId: 'owner', role: 'OWNER' },
      ],
    });
  });

  it('finds mistakes before sending', () => {
    const form = {
      ...newVisitRecordForm(new Date('2026-03-13T22:30:00Z'), []),
      startTime: '25:00',
      numberOfOccupants: 'about 12',
      people: [{ ...emptyPersonMet('1'), dateOfBirth: { day: '31', month: '2', year: '1990' } }],
    };
    expect(defined(visitRecordFormProblems(form))).toEqual({
      startTime: 'Start time must be a time of day in 24-hour format, like 22:00',
      attendingOfficerIds: 'Select the officers who attended',
      numberOfOccupants: 'Number of occupants must be a whole number, like 12',
      'people.0.fullName': 'Enter the full name',
      'people.0.dateOfBirth': 'Date of birth must be a real date',
      'people.0.role': 'Select how the person is linked to the premises',
    });
  });

  it('puts the server’s field errors on the form’s fields', () => {
    expect(
      visitRecordFieldErrors({
        startedAt: 'The start cannot be in the future',
        endedAt: 'The end must be after the start',
        'people.1.person.dateOfBirth': 'Date of birth must be in the past',
        notes: 'Notes must be 8000 characters or fewer',
      }),
    ).toEqual({
      startTime: 'The start cannot be in the future',
      endTime: 'The end must be after the start',
      'people.1.dateOfBirth': 'Date of birth must be in the past',
      notes: 'Notes must be 8000 characters or fewer',
    });
  });

  it('reads back a saved draft, and ignores a damaged one', () => {
    const form = { ...newVisitRecordForm(new Date('2026-03-13T22:30:00Z'), ['a']), notes: 'Rear door chained' };
    const storage = new Map<string, string>([[draftKey('plan', 'p1'), JSON.stringify(form)]]);
    const store = { getItem: (key: string) => storage.get(key) ?? null };
    expect(readDraft(store, draftKey('plan', 'p1'))).toEqual(form);
    expect(readDraft(store, draftKey('premises', 'p1'))).toBeNull();
    storage.set('broken', '{not json');
    expect(readDraft(store, 'broken')).toBeNull();
  });
});

describe('a saved visit record in the form', () => {
  it('starts from what was saved: London times, who attended (and who came unasked), the checklist, no new people', () => {
    expect(
      visitRecordFormFrom({
        startedAt: '2026-07-10T20:40:00.000Z',
        endedAt: '2026-07-10T22:05:00.000Z',
        observations: ['CHILDREN_PRESENT'],
        numberOfOccupants: 0,
        notes: 'Quiet',
        attendees: [
          { officerId: 'asked-came', planned: true, attended: true },
          { officerId: 'asked-not', planned: true, attended: false },
          { officerId: 'unasked', planned: false, attended: true },
        ],
      }),
    ).toEqual({
      date: { day: '10', month: '7', year: '2026' },
      startTime: '21:40',
      endTime: '23:05',
      attendingOfficerIds: ['asked-came', 'unasked'],
      addedOfficerIds: ['unasked'],
      observations: ['CHILDREN_PRESENT'],
      numberOfOccupants: '0',
      notes: 'Quiet',
      people: [],
    });
  });
});

describe('officers who may be added to a record being changed', () => {
  it('offers the active officers of the agencies that could attend, once each, and not those on the record', () => {
    const fire = {
      id: 'fire',
      name: 'Fire',
      officers: [
        { id: 'gareth', name: 'Gareth', active: true },
        { id: 'left', name: 'Left the service', active: false },
        { id: 'sian', name: 'Sian', active: true },
      ],
    };
    const police = { id: 'police', name: 'Police', officers: [{ id: 'tom', name: 'Tom', active: true }] };
    expect(otherEligibleOfficers([{ id: 'gareth' }], [fire, police, fire])).toEqual([
      { id: 'sian', name: 'Sian', agencyName: 'Fire' },
      { id: 'tom', name: 'Tom', agencyName: 'Police' },
    ]);
  });
});
