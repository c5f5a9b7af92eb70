import { timelineEntry, TimelineRow } from './premises-timeline.rules';

const at = new Date('2026-11-20T21:45:00Z');
const row = (overrides: Partial<TimelineRow>): TimelineRow => ({
  kind: 'PREMISES_RECORDED',
  at,
  all_day: false,
  row_id: 'r1',
  subject_id: 's1',
  a: null,
  b: null,
  c: null,
  agency_name: null,
  ...overrides,
});

describe('a premises timeline entry in words', () => {
  it.each([
    [row({ kind: 'STATUS_CHANGED', a: 'UNDER_OPERATION', b: 'CLOSED' }), 'Status: Closed', 'Was Under operation', null],
    [
      row({ kind: 'ACTION_TAKEN', a: 'PROHIBITION', b: 'Prohibition notice', agency_name: 'Fire' }),
      'Prohibition',
      'Under Prohibition notice',
      '/actions/s1',
    ],
    [
      row({ kind: 'ACTION_STATUS_CHANGED', a: 'COMPLIED', b: 'PROHIBITION', c: 'Exit unchained' }),
      'Prohibition: complied',
      'Exit unchained',
      '/actions/s1',
    ],
    [
      row({ kind: 'VISIT_PLANNED', a: 'READY', b: '5', c: 'Foundry Walk' }),
      'Joint visit',
      'Ready: officers briefed; 5 agencies attending; group: Foundry Walk',
      '/visits/s1',
    ],
    [
      row({ kind: 'VISIT_PLANNED', a: 'CANCELLED', b: '1' }),
      'Joint visit (cancelled)',
      'Cancelled; 1 agency attending',
      '/visits/s1',
    ],
    [
      row({ kind: 'VISIT_RECORDED', a: '1', b: '3', c: 'false' }),
      'Visit recorded',
      '1 officer attended; 3 observations; not a planned visit',
      '/visit-records/s1',
    ],
    [
      row({ kind: 'TASK_ADDED', a: 'Re-inspect', b: 'OPEN', c: '2026-12-01' }),
      'Task: Re-inspect',
      'Open; due 1 December 2026',
      '/tasks/s1',
    ],
    [
      row({ kind: 'MONITORING_STARTED', a: 'MONTHLY', b: 'false', c: '2027-11-23' }),
      'Under monitoring as an associated premises',
      'Reviewed every month until 23 November 2027',
      '/monitoring/s1',
    ],
    [row({ kind: 'MONITORING_REVIEWED', a: 'END' }), 'Monitoring reviewed: end monitoring', '', '/monitoring/s1'],
    [
      row({ kind: 'GROUP_EVENT', a: 'Foundry Walk', c: 'Stage: active' }),
      'Stage: active',
      'Group: Foundry Walk',
      '/groups/s1',
    ],
  ])('%#: %o reads "%s"', (input, title, detail, path) => {
    expect(timelineEntry(input)).toMatchObject({ title, detail, path, id: `${input.kind}:r1`, at });
  });
});
