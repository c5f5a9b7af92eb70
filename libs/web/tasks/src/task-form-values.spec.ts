import {
  EMPTY_TASK_FORM,
  officerChoices,
  taskFormFrom,
  taskFormProblems,
  taskInputFrom,
  type TaskFormValues,
} from './task-form-values';

const TODAY = '2026-11-23';
const filled: TaskFormValues = {
  ...EMPTY_TASK_FORM,
  title: ' Check the fire risk assessment ',
  ownerAgencyId: 'fire',
  dueOn: { day: '30', month: '11', year: '2026' },
};

function problemFields(values: TaskFormValues, savedDueOn: string | null = null): string[] {
  const problems = taskFormProblems(values, TODAY, savedDueOn);
  return Object.keys(problems).filter((field) => problems[field]);
}

describe('the task form', () => {
  it('asks for what is missing, and starts at medium priority with no due date', () => {
    expect(problemFields(EMPTY_TASK_FORM)).toEqual(['title', 'ownerAgencyId']);
    expect(taskFormProblems({ ...EMPTY_TASK_FORM, priority: '' }, TODAY)['priority']).toBe('Select the priority');
  });

  it('limits the title to 200 characters, as the server does', () => {
    expect(problemFields({ ...filled, title: 'x'.repeat(200) })).toEqual([]);
    expect(taskFormProblems({ ...filled, title: 'x'.repeat(201) }, TODAY)['title']).toBe(
      'What needs doing must be 200 characters or fewer',
    );
  });

  it('wants a real due date, today or later', () => {
    expect(taskFormProblems({ ...filled, dueOn: { day: '31', month: '2', year: '2027' } }, TODAY)['dueOn']).toBe(
      'The due date must be a real date',
    );
    expect(taskFormProblems({ ...filled, dueOn: { day: '1', month: '', year: '2027' } }, TODAY)['dueOn']).toBe(
      'The due date must include a day, month and year',
    );
    expect(taskFormProblems({ ...filled, dueOn: { day: '22', month: '11', year: '2026' } }, TODAY)['dueOn']).toBe(
      'The due date must be today or in the future',
    );
    expect(problemFields({ ...filled, dueOn: { day: '23', month: '11', year: '2026' } })).toEqual([]);
  });

  it('lets a due date already saved stay in the past when the task is changed', () => {
    expect(problemFields({ ...filled, dueOn: { day: '1', month: '11', year: '2026' } }, '2026-11-01')).toEqual([]);
    expect(problemFields({ ...filled, dueOn: { day: '2', month: '11', year: '2026' } }, '2026-11-01')).toEqual([
      'dueOn',
    ]);
  });

  it('sends tidy values', () => {
    expect(taskInputFrom({ ...filled, details: '  ' })).toEqual({
      title: 'Check the fire risk assessment',
      details: null,
      ownerAgencyId: 'fire',
      ownerOfficerId: null,
      dueOn: '2026-11-30',
      priority: 'MEDIUM',
    });
    expect(
      taskInputFrom({ ...filled, dueOn: { day: '', month: '', year: '' }, ownerOfficerId: 'gareth' }),
    ).toMatchObject({ dueOn: null, ownerOfficerId: 'gareth' });
  });

  it('fills in from a saved task and sends the same task back', () => {
    const saved = {
      title: 'Visit',
      details: 'Rear door',
      ownerAgency: { id: 'fire' },
      ownerOfficer: { id: 'gareth' },
      dueOn: '2026-12-05',
      priority: 'HIGH' as const,
    };
    const values = taskFormFrom(saved);
    expect(values.dueOn).toEqual({ day: '5', month: '12', year: '2026' });
    expect(taskInputFrom(values)).toEqual({
      title: 'Visit',
      details: 'Rear door',
      ownerAgencyId: 'fire',
      ownerOfficerId: 'gareth',
      dueOn: '2026-12-05',
      priority: 'HIGH',
    });
  });
});

describe('the officers a task can be given to', () => {
  const agencies = [
    {
      agency: {
        id: 'fire',
        name: 'Fire',
        officers: [
          { id: 'zoe', name: 'Zoe Marsh', active: true },
          { id: 'left', name: 'Alan Left', active: false },
          { id: 'gareth', name: 'Gareth Penhallow', active: true },
        ],
      },
    },
    { agency: { id: 'police', name: 'Police', officers: [{ id: 'tom', name: 'PC Tom Ashgrove', active: true }] } },
  ];

  it('are the active officers of the chosen agency, by name', () => {
    expect(officerChoices(agencies, 'fire', '')).toEqual([
      { value: 'gareth', text: 'Gareth Penhallow' },
      { value: 'zoe', text: 'Zoe Marsh' },
    ]);
    expect(officerChoices(agencies, '', '')).toEqual([]);
  });

  it('keep an officer already named on the task who has since left, marked', () => {
    expect(officerChoices(agencies, 'fire', 'left')[0]).toEqual({
      value: 'left',
      text: 'Alan Left (no longer active)',
    });
  });
});
