import {
  actionFormProblems,
  actionInputFrom,
  clearDraft,
  draftKey,
  emptyActionForm,
  mayNamePerson,
  powerChoices,
  readDraft,
  writeDraft,
  type PowerOption,
} from './action-form-values';

const power = (overrides: Partial<PowerOption>): PowerOption => ({
  id: 'p',
  name: 'Power',
  category: 'NOTICE',
  holderAgencyTypes: ['FIRE_AND_RESCUE'],
  minDuration: null,
  maxDuration: null,
  effectiveFrom: '2006-10-01',
  effectiveTo: null,
  ...overrides,
});

class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

describe('the "Record what we did" form', () => {
  it('starts with today’s date and the officer’s agency', () => {
    expect(emptyActionForm('2026-03-13', 'fire')).toMatchObject({
      agencyId: 'fire',
      takenOn: { day: '13', month: '3', year: '2026' },
      kind: '',
    });
  });

  it('offers the powers the acting agency holds and that are in force, those fitting the kind first', () => {
    const powers = [
      power({ id: 'audit', name: 'Audit inspection', category: 'ENTRY_INSPECTION' }),
      power({ id: 'prohibit', name: 'Prohibition notice', category: 'PROHIBITION_CLOSURE' }),
      power({ id: 'sro', name: 'Sexual Risk Order', category: 'CIVIL_ORDER', holderAgencyTypes: ['POLICE'] }),
      power({ id: 'future', name: 'A new power', category: 'PROHIBITION_CLOSURE', effectiveFrom: '2027-01-01' }),
    ];
    expect(powerChoices(powers, 'FIRE_AND_RESCUE', 'PROHIBITION', '2026-03-13').map((p) => p.id)).toEqual([
      'prohibit',
      'audit',
    ]);
    expect(powerChoices(powers, null, '', null).map((p) => p.id)).toEqual(['future', 'audit', 'prohibit', 'sro']);
  });

  it('asks for what the API needs, and a power unless it was advice, a referral or no action', () => {
    const values = { ...emptyActionForm('2026-03-13', ''), kind: 'PROHIBITION' as const, details: ' ' };
    expect(actionFormProblems(values, true)).toMatchObject({
      agencyId: 'Choose the agency that took the action',
      powerId: 'Choose the power the action was taken under',
      details: 'Enter what was done',
    });
    expect(actionFormProblems({ ...values, kind: 'ADVICE', details: 'Advice given', agencyId: 'a' }, true)).toEqual(
      expect.not.objectContaining({ powerId: expect.any(String) }),
    );
    expect(
      Object.values(actionFormProblems({ ...values, kind: 'ADVICE', details: 'x', agencyId: 'a' }, true)).filter(
        Boolean,
      ),
    ).toEqual([]);
  });

  it('sends an end date only for orders with a duration, and a person only for civil orders', () => {
    const values = {
      ...emptyActionForm('2026-03-13', 'police'),
      kind: 'CIVIL_ORDER' as const,
      powerId: 'sro',
      personId: 'kell',
      details: 'SRO granted',
      endsOn: { day: '13', month: '3', year: '2028' },
    };
    const sro = power({ id: 'sro', category: 'CIVIL_ORDER', minDuration: 'P2Y' });
    expect(actionInputFrom(values, 'flat', null, sro)).toMatchObject({
      takenOn: '2026-03-13',
      endsOn: '2028-03-13',
      personId: 'kell',
      indefinite: false,
      complianceDeadline: null,
    });
    const notice = power({ id: 'notice' });
    expect(actionInputFrom({ ...values, kind: 'NOTICE_SERVED' }, 'flat', 'visit', notice)).toMatchObject({
      endsOn: null,
      personId: null,
      visitPlanId: 'visit',
    });
    expect(mayNamePerson('ADVICE', sro)).toBe(true);
    expect(mayNamePerson('ADVICE', notice)).toBe(false);
  });

  it('keeps an unsent draft per premises, and forgets it once sent', () => {
    const storage = new MemoryStorage();
    const values = { ...emptyActionForm('2026-03-13', 'fire'), details: 'Fire exit chained' };
    writeDraft(storage, 'club', values);
    expect(storage.items.has(draftKey('club'))).toBe(true);
    expect(readDraft(storage, 'club')).toEqual(values);
    expect(readDraft(storage, 'flat')).toBeNull();
    clearDraft(storage, 'club');
    expect(readDraft(storage, 'club')).toBeNull();
  });

  it('ignores a draft that is not one', () => {
    const storage = new MemoryStorage();
    storage.setItem(draftKey('club'), '{not json');
    expect(readDraft(storage, 'club')).toBeNull();
    storage.setItem(draftKey('club'), JSON.stringify({ details: 'x', kind: 'SHOUTING' }));
    expect(readDraft(storage, 'club')).toBeNull();
  });
});
