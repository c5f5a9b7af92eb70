import { emptyReportForm, reportFormProblems, reportInputFrom } from './report-form-values';

describe('the information report form', () => {
  const filled = {
    ...emptyReportForm('2026-11-20', '21:30', 'Licensing enforcement officer'),
    referrerContact: '01632 960 001',
    sourceType: 'MEMBER_OF_PUBLIC' as const,
    sourceName: 'A neighbour',
    thirdPartyWillEngage: 'YES' as const,
    sourceReliability: '3',
    informationAccuracy: '2',
    handlingCode: 'P' as const,
    howCameToLight: 'During an inspection',
    details: 'Children seen late at night',
    personName: 'Vic',
    personNicknames: 'Vic, Victor ',
    vehicleRegistration: 'nb71 qzp',
  };

  it('asks for the grades the form needs, and the conditions for handling code C', () => {
    expect(Object.keys(reportFormProblems({ ...filled, sourceReliability: '', handlingCode: 'C' })).sort()).toEqual([
      'handlingConditions',
      'sourceReliability',
    ]);
    // A witnessed incident has no third party to grade.
    expect(
      reportFormProblems({ ...filled, sourceType: 'WITNESSED', sourceReliability: '', thirdPartyWillEngage: '' }),
    ).toEqual({});
  });

  it('sends London times and leaves third-party details out of a witnessed report', () => {
    expect(reportInputFrom(filled)).toMatchObject({
      becameAwareAt: '2026-11-20T21:30',
      sourceReliability: 3,
      people: [{ fullName: 'Vic', nicknames: ['Vic', 'Victor'] }],
      vehicles: [{ registration: 'nb71 qzp' }],
    });
    expect(reportInputFrom({ ...filled, sourceType: 'WITNESSED' })).toMatchObject({
      sourceName: null,
      sourceReliability: null,
      thirdPartyWillEngage: null,
    });
  });
});
