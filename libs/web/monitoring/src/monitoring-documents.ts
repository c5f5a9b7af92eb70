import { graphql } from '@lantern/web/graphql';

/** What the premises page shows of the monitoring covering it. */
export const PremisesMonitoringFragment = graphql(`
  fragment PremisesMonitoring on Premises {
    id
    name
    monitoring {
      id
      premisesId
      reviewSchedule
      nextReviewOn
      endsOn
      reviewOverdue
    }
  }
`);

/** What the "Put under monitoring" form chooses from: the people linked to the premises and its associated premises. */
export const StartMonitoringChoicesQuery = graphql(`
  query StartMonitoringChoices($premisesId: ID!) {
    premises(id: $premisesId) {
      id
      name
      status
      monitoring {
        id
        premisesId
      }
      people {
        id
        role
        person {
          id
          fullName
          dateOfBirth
        }
      }
      associatedPremises {
        premisesId
        premises {
          id
          name
          postcode
          status
        }
        through {
          id
          fullName
        }
      }
    }
  }
`);

export const StartMonitoringMutation = graphql(`
  mutation StartMonitoring($input: StartMonitoringInput!) {
    startMonitoring(input: $input) {
      id
    }
  }
`);

export const MonitoringDetailQuery = graphql(`
  query MonitoringDetail($id: ID!) {
    monitoring(id: $id) {
      id
      reason
      reviewSchedule
      nextReviewOn
      endsOn
      status
      reviewOverdue
      version
      createdAt
      endedAt
      premises {
        id
        name
        postcode
        status
      }
      coordinator {
        id
        displayName
      }
      subjects {
        id
        kind
        why
        premises {
          id
          name
          postcode
          status
        }
        person {
          id
          fullName
          dateOfBirth
        }
      }
      reviews {
        id
        reviewedOn
        findings
        outcome
      }
      alerts {
        ...MonitoringAlertItem
      }
    }
  }
`);

export const MonitoringAlertItemFragment = graphql(`
  fragment MonitoringAlertItem on MonitoringAlert {
    id
    monitoringId
    source
    summary
    raisedAt
    acknowledgedAt
    premises {
      id
      name
    }
  }
`);

export const ReviewMonitoringMutation = graphql(`
  mutation ReviewMonitoring($id: ID!, $version: Int!, $input: ReviewMonitoringInput!) {
    reviewMonitoring(id: $id, version: $version, input: $input) {
      id
      status
      nextReviewOn
      version
    }
  }
`);

export const AcknowledgeMonitoringAlertMutation = graphql(`
  mutation AcknowledgeMonitoringAlert($id: ID!) {
    acknowledgeMonitoringAlert(id: $id) {
      id
      acknowledgedAt
    }
  }
`);

export const MonitoringListQuery = graphql(`
  query MonitoringList {
    myMonitoringAlerts {
      ...MonitoringAlertItem
    }
    monitorings {
      id
      nextReviewOn
      endsOn
      reviewOverdue
      reviewSchedule
      premises {
        id
        name
        postcode
      }
      alerts {
        id
        acknowledgedAt
      }
    }
  }
`);
