import { agencyProblems, officerProblems } from './agency.rules';

describe('agency rules', () => {
  it('accepts a complete agency', () => {
    expect(
      agencyProblems({ name: 'Northbridge Licensing', type: 'LICENSING', email: 'licensing@northbridge.example' }),
    ).toEqual([]);
  });

  it('names each problem field', () => {
    expect(agencyProblems({ name: ' ', type: 'ARMY', email: 'not-an-email', phone: '12' })).toEqual([
      { field: 'name', message: 'Enter the agency name' },
      { field: 'type', message: 'The type of agency must be one of the listed options' },
      { field: 'email', message: 'Enter an email address in the correct format, like name@example.gov.uk' },
      { field: 'phone', message: 'Enter a telephone number, like 01632 960 001 or +44 7700 900 982' },
    ]);
  });

  it('limits name length', () => {
    expect(agencyProblems({ name: 'x'.repeat(201), type: 'POLICE' })[0].message).toBe(
      'The agency name must be 200 characters or fewer',
    );
  });

  it('requires an officer name', () => {
    expect(officerProblems({ name: '' })).toEqual([{ field: 'name', message: "Enter the officer's name" }]);
  });
});
