import { graphql } from '@lantern/web/graphql';

/** What the premises page lists: its actions, newest first, with their status. */
export const PremisesEnforcementActionsFragment = graphql(`
  fragment PremisesEnforcementActions on Premises {
    id
    enforcementActions {
      id
      kind
      status
      takenOn
      recordedOnBehalf
      agency {
        id
        name
      }
      power {
        id
        name
      }
    }
  }
`);

/** What the "Record what we did" form chooses from. */
export const RecordActionChoicesQuery = graphql(`
  query RecordActionChoices($premisesId: ID!, $visitPlanId: ID!, $withVisit: Boolean!) {
    premises(id: $premisesId) {
      id
      name
      people {
        id
        person {
          id
          fullName
        }
      }
    }
    agencies {
      id
      name
      type
    }
    powers {
      id
      name
      category
      holderAgencyTypes
      minDuration
      maxDuration
      minCompliancePeriod
      effectiveFrom
      effectiveTo
    }
    visitPlan(id: $visitPlanId) @include(if: $withVisit) {
      id
      startsAt
      agencies {
        id
        agencyId
      }
    }
  }
`);

export const RecordEnforcementActionMutation = graphql(`
  mutation RecordEnforcementAction($input: RecordEnforcementActionInput!) {
    recordEnforcementAction(input: $input) {
      id
      premisesId
      status
      version
    }
  }
`);

/** Everything the action page shows, in one request. */
export const EnforcementActionDetailQuery = graphql(`
  query EnforcementActionDetail($id: ID!) {
    enforcementAction(id: $id) {
      id
      kind
      status
      takenOn
      details
      complianceDeadline
      endsOn
      indefinite
      courtDate
      reviewOn
      recordedOnBehalf
      visitPlanId
      version
      createdAt
      nextStatuses
      premises {
        id
        name
        status
      }
      agency {
        id
        name
      }
      power {
        id
        name
        legalBasis
      }
      person {
        id
        fullName
      }
      history {
        id
        status
        changedOn
        note
      }
    }
  }
`);

export const ChangeEnforcementActionStatusMutation = graphql(`
  mutation ChangeEnforcementActionStatus(
    $id: ID!
    $version: Int!
    $status: EnforcementActionStatus!
    $changedOn: String
    $note: String
  ) {
    changeEnforcementActionStatus(id: $id, version: $version, status: $status, changedOn: $changedOn, note: $note) {
      id
      status
      version
      nextStatuses
      history {
        id
        status
        changedOn
        note
      }
    }
  }
`);
