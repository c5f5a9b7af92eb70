import { feedbackProblems, gradingProblems, parseReportTime, triageStepProblem } from './information-report.rules';

const fields = (problems: { field: string }[]) => problems.map((p) => p.field).sort();

describe('grading on the 3x5x2 model', () => {
  it('needs both grades from 1 to 5 for a third party, and only the accuracy for a witnessed incident', () => {
    expect(
      gradingProblems('MEMBER_OF_PUBLIC', { sourceReliability: 5, informationAccuracy: 1, handlingCode: 'P' }),
    ).toEqual([]);
    expect(
      fields(
        gradingProblems('OTHER_PROFESSIONAL', { sourceReliability: 0, informationAccuracy: 2.5, handlingCode: 'P' }),
      ),
    ).toEqual(['informationAccuracy', 'sourceReliability']);
    expect(
      fields(gradingProblems('WITNESSED', { sourceReliability: 2, informationAccuracy: 1, handlingCode: 'P' })),
    ).toEqual(['sourceReliability']);
    expect(
      gradingProblems('WITNESSED', { sourceReliability: null, informationAccuracy: 1, handlingCode: 'P' }),
    ).toEqual([]);
  });

  it('needs conditions with handling code C, and none with P', () => {
    expect(fields(gradingProblems('WITNESSED', { informationAccuracy: 1, handlingCode: 'C' }))).toEqual([
      'handlingConditions',
    ]);
    expect(
      fields(gradingProblems('WITNESSED', { informationAccuracy: 1, handlingCode: 'P', handlingConditions: 'x' })),
    ).toEqual(['handlingConditions']);
    expect(fields(gradingProblems('WITNESSED', { informationAccuracy: 1, handlingCode: 'X' }))).toEqual([
      'handlingCode',
    ]);
  });
});

describe('triage and feedback', () => {
  it('moves received → assessed → an outcome, and no further', () => {
    expect(triageStepProblem('RECEIVED', 'ASSESSED')).toBeNull();
    expect(triageStepProblem('RECEIVED', 'ACTIONED')).toMatch(/Assess/);
    expect(triageStepProblem('ASSESSED', 'NO_FURTHER_ACTION')).toBeNull();
    expect(triageStepProblem('RECORDED', 'ACTIONED')).toMatch(/cannot change/);
  });

  it('refuses feedback that names the source or repeats their contact details', () => {
    const restricted = { sourceName: 'Ada Quill', sourceContact: '07700 900 418' };
    expect(feedbackProblems('Thank you, acted on', restricted)).toEqual([]);
    expect(fields(feedbackProblems('We spoke to ada quill', restricted))).toEqual(['feedback']);
    expect(fields(feedbackProblems(' ', restricted))).toEqual(['feedback']);
  });

  it('reads times without an offset as London time, across the clock change', () => {
    expect(parseReportTime('2026-07-01T21:30')?.toISOString()).toBe('2026-07-01T20:30:00.000Z');
    expect(parseReportTime('2026-12-01T21:30')?.toISOString()).toBe('2026-12-01T21:30:00.000Z');
    expect(parseReportTime('yesterday')).toBeNull();
  });
});
