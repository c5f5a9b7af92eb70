import {
  monitoringFormProblems,
  monitoringInputFrom,
  reviewFormProblems,
  startingMonitoringForm,
  type MonitoringFormValues,
} from './monitoring-form-values';

const today = '2026-11-23';
const date = (iso: string) => {
  const [year, month, day] = iso.split('-');
  return { day, month, year };
};

describe('the "Put under monitoring" form', () => {
  const choices = {
    people: [
      { role: 'OWNER' as const, person: { id: 'owner' } },
      { role: 'MANAGER' as const, person: { id: 'manager' } },
      { role: 'LICENCE_HOLDER' as const, person: { id: 'owner' } },
      { role: 'EMPLOYEE' as const, person: { id: 'barman' } },
    ],
    associatedPremises: [
      { premisesId: 'flat', through: [{ id: 'owner' }] },
      { premisesId: 'pub', through: [{ id: 'barman' }] },
    ],
  };

  it('opens with those who run the premises ticked, and the premises they link to', () => {
    expect(startingMonitoringForm(choices)).toMatchObject({
      personIds: ['owner', 'manager'],
      associatedPremisesIds: ['flat'],
      reviewSchedule: 'MONTHLY',
    });
  });

  const filled: MonitoringFormValues = {
    ...startingMonitoringForm(choices),
    reason: 'Closed after the joint visit',
    endsOn: date('2027-11-23'),
  };

  it('catches what it can before sending: a reason, an end date in the future, a first review not in the past', () => {
    expect(monitoringFormProblems(filled, today)).toEqual({
      reason: undefined,
      reviewSchedule: undefined,
      firstReviewOn: undefined,
      endsOn: undefined,
    });
    expect(
      monitoringFormProblems(
        { ...filled, reason: ' ', endsOn: date('2026-11-23'), firstReviewOn: date('2026-11-01') },
        today,
      ),
    ).toEqual({
      reason: 'Enter why the premises and people are to be monitored',
      reviewSchedule: undefined,
      firstReviewOn: 'The first review cannot be in the past',
      endsOn: 'The date monitoring ends must be in the future',
    });
    expect(monitoringFormProblems({ ...filled, endsOn: { day: '', month: '', year: '' } }, today).endsOn).toBe(
      'Enter the date monitoring ends',
    );
  });

  it('sends dates as YYYY-MM-DD and a blank first review as none', () => {
    expect(monitoringInputFrom('club', filled)).toEqual({
      premisesId: 'club',
      personIds: ['owner', 'manager'],
      associatedPremisesIds: ['flat'],
      reason: 'Closed after the joint visit',
      reviewSchedule: 'MONTHLY',
      firstReviewOn: null,
      endsOn: '2027-11-23',
    });
  });
});

describe('the review form', () => {
  it('needs findings and an outcome; a review date cannot be in the future', () => {
    expect(reviewFormProblems({ findings: '', outcome: '', reviewedOn: date('2026-11-24') }, today)).toEqual({
      findings: 'Enter what the review found',
      outcome: 'Select whether monitoring goes on',
      reviewedOn: 'The date of the review cannot be in the future',
    });
  });
});
