import { safeReturnTo, signInPathFor } from './return-to';

describe('where to go after signing in', () => {
  it('goes back to a page in this app', () => {
    expect(safeReturnTo('/premises/123?tab=people')).toBe('/premises/123?tab=people');
  });

  it.each([null, '', 'https://evil.example', '//evil.example', '/\\evil.example', '/sign-in?returnTo=/x'])(
    'refuses %p and goes home',
    (value) => {
      expect(safeReturnTo(value)).toBe('/');
    },
  );

  it('remembers the page in the sign-in address', () => {
    expect(signInPathFor('/premises?text=star')).toBe('/sign-in?returnTo=%2Fpremises%3Ftext%3Dstar');
    expect(signInPathFor('/')).toBe('/sign-in');
  });
});
