import { isValidPostcode, normalisePostcode, postcodeProblem, uprnProblem } from './postcode';

describe('postcodes', () => {
  it.each(['NB1 2AB', 'nb12ab', 'NB12 3DE', 'NB1A 2BD', 'W9 9ZZ', 'W99 9ZZ', 'W9A 9ZZ', 'GIR 0AA', ' nb1  2ab '])(
    'accepts %s',
    (postcode) => expect(isValidPostcode(postcode)).toBe(true),
  );

  it.each(['', 'NB1', '123 456', 'QB1 2AB', 'NB1A 2ABA', 'NB1 2CA', 'AAA 1AA', 'NB1-2AB!'])('refuses %s', (postcode) =>
    expect(isValidPostcode(postcode)).toBe(false),
  );

  it('normalises to upper case with one space before the inward code', () => {
    expect(normalisePostcode(' nb12ab ')).toBe('NB1 2AB');
    expect(normalisePostcode('nb1a  2bd')).toBe('NB1A 2BD');
  });

  it('says what is wrong', () => {
    expect(postcodeProblem('')).toBe('Enter a postcode');
    expect(postcodeProblem('nope')).toBe('Enter a real UK postcode, like AB1 2CD');
    expect(postcodeProblem('NB1 2AB')).toBeNull();
  });

  it('checks UPRNs are up to 12 digits', () => {
    expect(uprnProblem('')).toBeNull();
    expect(uprnProblem('100012345678')).toBeNull();
    expect(uprnProblem('1000123456789')).toMatch(/12 digits/);
    expect(uprnProblem('10A')).toMatch(/12 digits/);
  });
});
