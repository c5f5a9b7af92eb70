import { groupFormProblems, stageFormProblems, stageInputFrom, type GroupFormValues, type StageFormValues } from './group-form-values';

const group: GroupFormValues = {
  name: 'Op Foundry',
  objective: 'Close the club',
  termsOfReference: '',
  leadAgencyId: 'a1',
  coordinatorUserId: 'u1',
  memberAgencyIds: [],
  premisesIds: ['p1'],
};
const defined = (errors: Record<string, string | undefined>) => Object.keys(errors).filter((key) => errors[key]);

describe('the group form', () => {
  it('accepts a complete group', () => expect(defined(groupFormProblems(group, { needsPremises: true }))).toEqual([]));

  it('names what is missing, premises only when forming a group', () => {
    const empty = { ...group, name: '', objective: ' ', leadAgencyId: '', premisesIds: [] };
    expect(defined(groupFormProblems(empty, { needsPremises: true }))).toEqual(['name', 'objective', 'premisesIds', 'leadAgencyId']);
    expect(defined(groupFormProblems(empty, { needsPremises: false }))).toEqual(['name', 'objective', 'leadAgencyId']);
  });
});

describe('the stage form', () => {
  const blank: StageFormValues = { stage: '', closureSummary: '', reviewSchedule: '', monitoringEndsOn: { day: '', month: '', year: '' }, note: '' };

  it('needs a stage', () => expect(defined(stageFormProblems(blank, null))).toEqual(['stage']));

  it('needs a closure summary to close, unless one was written already', () => {
    expect(defined(stageFormProblems({ ...blank, stage: 'CLOSURE' }, null))).toEqual(['closureSummary']);
    expect(defined(stageFormProblems({ ...blank, stage: 'CLOSED' }, 'Closed by fire service'))).toEqual([]);
  });

  it('needs a review schedule and a real end date to monitor', () => {
    const monitoring = { ...blank, stage: 'MONITORING' as const, closureSummary: 'Closed' };
    expect(defined(stageFormProblems(monitoring, null))).toEqual(['reviewSchedule', 'monitoringEndsOn']);
    expect(stageFormProblems({ ...monitoring, reviewSchedule: 'MONTHLY', monitoringEndsOn: { day: '31', month: '2', year: '2027' } }, null).monitoringEndsOn).toBe(
      'The date monitoring ends must be a real date',
    );
    const ready = { ...monitoring, reviewSchedule: 'MONTHLY' as const, monitoringEndsOn: { day: '1', month: '3', year: '2027' } };
    expect(defined(stageFormProblems(ready, null))).toEqual([]);
    expect(stageInputFrom(ready)).toEqual({ stage: 'MONITORING', closureSummary: 'Closed', reviewSchedule: 'MONTHLY', monitoringEndsOn: '2027-03-01', note: null });
  });

  it('sends no monitoring fields for other stages', () => {
    expect(stageInputFrom({ ...blank, stage: 'ACTIVE', reviewSchedule: 'WEEKLY' })).toMatchObject({ reviewSchedule: null, monitoringEndsOn: null });
  });
});
