import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { GROUP_STAGE_LABELS, REVIEW_SCHEDULE_LABELS, REVIEW_SCHEDULES, type GroupStage } from '@lantern/shared/domain';
import { Button, choicesFrom, DateInput, Radios, Select, Textarea } from '@lantern/web/ui';
import { FormProblems, graphql, useFormSubmission } from '@lantern/web/graphql';
import {
  moveLabel,
  STAGE_FORM_FIELDS,
  stageFormProblems,
  stageInputFrom,
  stageNeedsSummary,
  type StageFormValues,
} from './group-form-values';

const ChangeStageMutation = graphql(`
  mutation ChangeGroupStage($id: ID!, $version: Int!, $input: GroupStageInput!) {
    changeGroupStage(id: $id, version: $version, input: $input) {
      id
      stage
      version
    }
  }
`);

const HINTS: Partial<Record<GroupStage, string>> = {
  PLANNING: 'Partners are agreed; visits are being planned',
  ACTIVE: 'Visits and enforcement are under way',
  CLOSURE: 'The objective is met: write what the group achieved',
  MONITORING: 'The premises and the people linked to it are watched for new concerns',
  CLOSED: 'Nothing more to do: the group can no longer change',
  TASKING: 'Back to agreeing what needs doing',
};

interface GroupStageFormProps {
  groupId: string;
  version: number;
  stage: GroupStage;
  nextStages: readonly GroupStage[];
  closureSummary: string | null;
  onMoved: (message: string) => void;
}

/** Moves a group on through its lifecycle, asking for what each stage needs. */
export function GroupStageForm({ groupId, version, stage, nextStages, closureSummary, onMoved }: GroupStageFormProps) {
  const [values, setValues] = useState<StageFormValues>({
    stage: '',
    closureSummary: '',
    reviewSchedule: '',
    monitoringEndsOn: { day: '', month: '', year: '' },
    note: '',
  });
  const submission = useFormSubmission();
  const [changeStage] = useMutation(ChangeStageMutation);
  const set =
    <K extends keyof StageFormValues>(field: K) =>
    (value: StageFormValues[K]) =>
      setValues({ ...values, [field]: value });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const moved = await submission.submit(stageFormProblems(values, closureSummary), async () => {
      await changeStage({ variables: { id: groupId, version, input: stageInputFrom(values) } });
    });
    if (moved) {
      onMoved(
        `The group has moved from ${GROUP_STAGE_LABELS[stage].toLowerCase()} to ${GROUP_STAGE_LABELS[values.stage as GroupStage].toLowerCase()}`,
      );
      setValues({ ...values, stage: '', note: '' });
    }
  };
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label="Move the group on">
      <FormProblems submission={submission} fields={STAGE_FORM_FIELDS} />
      <Radios
        id={STAGE_FORM_FIELDS.stage}
        legend={`The group is at ${GROUP_STAGE_LABELS[stage].toLowerCase()}. Move it to:`}
        legendSize="s"
        value={values.stage}
        onChange={(next) => set('stage')(next as GroupStage)}
        options={nextStages.map((next) => ({ value: next, text: GROUP_STAGE_LABELS[next], hint: HINTS[next] }))}
        error={submission.fieldErrors['stage']}
      />
      {stageNeedsSummary(values.stage) && (
        <Textarea
          id={STAGE_FORM_FIELDS.closureSummary}
          label={
            closureSummary ? 'Closure summary (optional: leave blank to keep the one recorded)' : 'Closure summary'
          }
          hint="What the group achieved, for example ‘Premises closed by the fire service for means of escape; remains closed’"
          value={values.closureSummary}
          onChange={set('closureSummary')}
          error={submission.fieldErrors['closureSummary']}
          rows={4}
        />
      )}
      {values.stage === 'MONITORING' && (
        <>
          <Select
            id={STAGE_FORM_FIELDS.reviewSchedule}
            label="How often is monitoring reviewed?"
            value={values.reviewSchedule}
            onChange={(schedule) => set('reviewSchedule')(schedule as StageFormValues['reviewSchedule'])}
            options={choicesFrom(REVIEW_SCHEDULES, REVIEW_SCHEDULE_LABELS)}
            emptyOption="Choose how often"
            error={submission.fieldErrors['reviewSchedule']}
          />
          <DateInput
            id={STAGE_FORM_FIELDS.monitoringEndsOn}
            legend="When does monitoring end?"
            legendSize="s"
            hint="For example, 27 3 2027"
            value={values.monitoringEndsOn}
            onChange={set('monitoringEndsOn')}
            error={submission.fieldErrors['monitoringEndsOn']}
          />
        </>
      )}
      <Textarea
        id={STAGE_FORM_FIELDS.note}
        label="Note for the timeline (optional)"
        value={values.note}
        onChange={set('note')}
        error={submission.fieldErrors['note']}
        rows={2}
      />
      <Button disabled={submission.submitting}>{values.stage ? moveLabel(values.stage) : 'Move the group on'}</Button>
    </form>
  );
}
