import { pageWindow } from './page';

describe('pageWindow', () => {
  it('turns a page into an offset', () =>
    expect(pageWindow({ page: 3, pageSize: 20 })).toEqual({ offset: 40, limit: 20 }));
  it('refuses page 0', () => expect(() => pageWindow({ page: 0, pageSize: 20 })).toThrow('Page must be 1 or more.'));
  it('caps page size', () =>
    expect(() => pageWindow({ page: 1, pageSize: 101 })).toThrow('Page size must be from 1 to 100.'));
});
