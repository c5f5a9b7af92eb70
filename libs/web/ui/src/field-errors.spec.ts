import { errorSummaryItems, hasFieldErrors } from './field-errors';
import { pageNumbersAround } from './pagination';

describe('error summary lines', () => {
  it('follows the order of the form and links to each field; other problems come last, unlinked', () => {
    const items = errorSummaryItems(
      { postcode: 'Enter a postcode', name: 'Enter a name', other: 'Something else' },
      { name: 'name', postcode: 'postcode-input' },
    );
    expect(items).toEqual([
      { message: 'Enter a name', fieldId: 'name' },
      { message: 'Enter a postcode', fieldId: 'postcode-input' },
      { message: 'Something else' },
    ]);
  });

  it('ignores fields without a message', () => {
    expect(hasFieldErrors({ name: undefined })).toBe(false);
    expect(errorSummaryItems({ name: undefined }, { name: 'name' })).toEqual([]);
  });
});

describe('page numbers', () => {
  it('shows the first, the last and the neighbours of the current page, with gaps', () => {
    expect(pageNumbersAround(1, 1)).toEqual([1]);
    expect(pageNumbersAround(1, 3)).toEqual([1, 2, 3]);
    expect(pageNumbersAround(5, 10)).toEqual([1, null, 4, 5, 6, null, 10]);
  });
});
