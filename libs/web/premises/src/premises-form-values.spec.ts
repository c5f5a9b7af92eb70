import { EMPTY_PREMISES_FORM, premisesFormProblems, premisesInputFrom } from './premises-form-values';

describe('the premises form', () => {
  it('asks for what is missing', () => {
    const problems = premisesFormProblems(EMPTY_PREMISES_FORM);
    expect(Object.keys(problems).filter((field) => problems[field])).toEqual([
      'name',
      'addressLine1',
      'town',
      'postcode',
      'kind',
      'use',
    ]);
  });

  it('sends tidy values', () => {
    const values = {
      ...EMPTY_PREMISES_FORM,
      name: ' Star ',
      addressLine1: '1 High St',
      town: 'Northbrook',
      postcode: 'nb12ab',
      kind: 'SHOP' as const,
      use: 'TRADE' as const,
      uprn: ' ',
    };
    expect(premisesFormProblems(values)).toEqual(expect.not.objectContaining({ postcode: expect.any(String) }));
    expect(premisesInputFrom(values)).toMatchObject({
      name: 'Star',
      postcode: 'NB1 2AB',
      uprn: null,
      addressLine2: null,
      status: 'OF_CONCERN',
    });
  });
});
