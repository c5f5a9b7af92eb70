import { EMPTY_USER_FORM, userFormProblems, userInputFrom, withAgency } from './user-form-values';

const filled = {
  displayName: ' Sam Okafor ',
  email: ' sam.okafor@fire.example ',
  role: 'AGENCY_OFFICER',
  agencyId: 'fire',
  officerId: '',
  password: 'correct horse battery',
};

describe('the new-user form', () => {
  it('says what is missing on an empty form', () => {
    const problems = userFormProblems(EMPTY_USER_FORM);
    expect(Object.keys(problems).filter((field) => problems[field])).toEqual([
      'displayName',
      'email',
      'role',
      'agencyId',
      'password',
    ]);
  });

  it('refuses a short password and a role that does not exist', () => {
    expect(userFormProblems({ ...filled, password: 'short' })['password']).toBe(
      'Password must be 12 characters or more',
    );
    expect(userFormProblems({ ...filled, role: 'SUPERUSER' })['role']).toBe('Choose the user’s role');
  });

  it('sends trimmed text, and no officer when none is chosen', () => {
    expect(Object.values(userFormProblems(filled)).filter(Boolean)).toEqual([]);
    expect(userInputFrom(filled)).toEqual({
      displayName: 'Sam Okafor',
      email: 'sam.okafor@fire.example',
      role: 'AGENCY_OFFICER',
      agencyId: 'fire',
      officerId: null,
      password: 'correct horse battery',
    });
  });

  it('forgets the officer when the agency changes, and keeps it when it does not', () => {
    const withOfficer = { ...filled, officerId: 'officer-1' };
    expect(withAgency(withOfficer, 'police').officerId).toBe('');
    expect(withAgency(withOfficer, 'fire').officerId).toBe('officer-1');
  });
});
