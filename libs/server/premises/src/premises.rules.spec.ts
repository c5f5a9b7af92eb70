import {
  businessProblems,
  dateOfBirthProblem,
  personProblems,
  premisesProblems,
  vehicleProblems,
} from './premises.rules';

const valid = {
  name: 'Late-night cafe',
  addressLine1: '1 Example Street',
  town: 'Northbridge',
  postcode: 'NB1 2AB',
  kind: 'TAKEAWAY',
  use: 'TRADE',
  status: 'OF_CONCERN',
  licensableActivity: false,
};

describe('premises rules', () => {
  it('accepts a complete premises', () => expect(premisesProblems(valid)).toEqual([]));

  it('names each missing or invalid field', () => {
    const problems = premisesProblems({
      ...valid,
      name: '',
      postcode: 'NB1',
      uprn: 'abc',
      kind: 'CASTLE',
      use: '',
      status: 'OPEN',
    });
    expect(problems).toEqual([
      { field: 'name', message: 'Enter a name or short description of the premises' },
      { field: 'postcode', message: 'Enter a real UK postcode, like AB1 2CD' },
      { field: 'uprn', message: 'UPRN must be a number of up to 12 digits' },
      { field: 'kind', message: 'The kind of premises must be one of the listed options' },
      { field: 'use', message: 'Select whether it is a dwelling, trade premises or both' },
      { field: 'status', message: 'The status must be one of the listed options' },
    ]);
  });
});

describe('person rules', () => {
  it('checks dates of birth', () => {
    expect(dateOfBirthProblem('1980-02-30', '2026-11-23')).toBe('Date of birth must be a real date');
    expect(dateOfBirthProblem('2027-01-01', '2026-11-23')).toBe('Date of birth must be in the past');
    expect(dateOfBirthProblem('1981-02-29', '2026-11-23')).toBe('Date of birth must be a real date');
    expect(dateOfBirthProblem('1984-02-29', '2026-11-23')).toBeNull();
  });

  it('requires a name', () =>
    expect(personProblems({ fullName: ' ' }, '2026-11-23')).toEqual([
      { field: 'fullName', message: 'Enter the full name' },
    ]));
});

describe('vehicle and business rules', () => {
  it('checks registrations', () => {
    expect(vehicleProblems({ registration: 'ab12 cde' })).toEqual([]);
    expect(vehicleProblems({ registration: 'AB-12' })[0].field).toBe('registration');
  });
  it('checks company numbers', () => {
    expect(businessProblems({ name: 'Example Trading Ltd', companyNumber: '01234567' })).toEqual([]);
    expect(businessProblems({ name: 'Example Trading Ltd', companyNumber: '123' })[0].field).toBe('companyNumber');
  });
});
