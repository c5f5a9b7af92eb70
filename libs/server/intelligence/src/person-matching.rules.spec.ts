import { matchPerson, nameKey, rankMatches } from './person-matching.rules';

const vic = { id: 'p1', fullName: 'Victor Hallam-Sykes', nicknames: ['Vic'], dateOfBirth: '1979-03-14' };
const other = { id: 'p2', fullName: 'Victoria Lund', nicknames: [], dateOfBirth: '1990-01-01' };

describe('matching a person named in a report', () => {
  it('reads names without case, accents, apostrophes or hyphens', () => {
    expect(nameKey('  Hallam-Sykes O’Neil ')).toBe('hallam sykes oneil');
    expect(nameKey('Zoë')).toBe('zoe');
  });

  it('suggests by name, nickname and date of birth, best first', () => {
    const described = { fullName: 'Victor Hallam Sykes', nicknames: ['vic'], dateOfBirth: '1979-03-14' };
    expect(matchPerson(described, vic)).toEqual({
      personId: 'p1',
      score: 100,
      reasons: ['SAME_NAME', 'NICKNAME', 'SAME_DATE_OF_BIRTH'],
    });
    expect(rankMatches(described, [other, vic]).map((m) => m.personId)).toEqual(['p1']);
  });

  it('takes a nickname alone, or a name given as a nickname, but not a shared first name alone', () => {
    expect(matchPerson({ fullName: null, nicknames: ['Vic'], dateOfBirth: null }, vic)?.reasons).toEqual(['NICKNAME']);
    expect(matchPerson({ fullName: 'Vic', nicknames: [], dateOfBirth: null }, vic)?.reasons).toEqual(['NICKNAME']);
    expect(matchPerson({ fullName: 'Victor Smith', nicknames: [], dateOfBirth: null }, vic)).toBeNull();
    expect(
      matchPerson({ fullName: 'Tom Sykes', nicknames: [], dateOfBirth: null }, { ...vic, fullName: 'Victor Sykes' })
        ?.reasons,
    ).toEqual(['SAME_SURNAME']);
  });
});
