import { premisesSearchFrom, premisesSearchQuery, totalPages } from './premises-search';

describe('premises search in the address bar', () => {
  it('reads the search, ignoring what it does not understand', () => {
    expect(premisesSearchFrom(new URLSearchParams('text=star&postcode=NB1&status=CLOSED&page=3'))).toEqual({
      text: 'star',
      postcode: 'NB1',
      status: 'CLOSED',
      page: 3,
    });
    expect(premisesSearchFrom(new URLSearchParams('status=NOPE&page=-2'))).toEqual({
      text: '',
      postcode: '',
      status: '',
      page: 1,
    });
  });

  it('writes a short query string', () => {
    expect(premisesSearchQuery({ text: ' star ', postcode: '', status: '', page: 1 })).toBe('?text=star');
    expect(premisesSearchQuery({ text: '', postcode: '', status: '', page: 1 })).toBe('');
    expect(premisesSearchQuery({ text: '', postcode: 'NB1', status: 'OF_CONCERN', page: 2 })).toBe(
      '?postcode=NB1&status=OF_CONCERN&page=2',
    );
  });

  it('counts pages', () => {
    expect(totalPages(0, 20)).toBe(1);
    expect(totalPages(41, 20)).toBe(3);
  });
});
