import { graphql } from '@lantern/web/graphql';

/** The board: every group still running, with what a coordinator scans for. */
export const GroupBoardQuery = graphql(`
  query GroupBoard($filter: GroupFilter, $pageSize: Int!) {
    groupBoard(filter: $filter, pageSize: $pageSize) {
      total
      items {
        id
        name
        stage
        updatedAt
        leadAgency {
          id
          name
        }
        coordinator {
          id
          displayName
        }
        premises {
          id
          name
          postcode
        }
        taskCounts {
          open
          overdue
        }
      }
    }
  }
`);

/** Everything the group page shows, in one request. */
export const GroupDetailQuery = graphql(`
  query GroupDetail($id: ID!) {
    group(id: $id) {
      ...GroupTasks
      id
      name
      objective
      termsOfReference
      stage
      nextStages
      closureSummary
      reviewSchedule
      monitoringEndsOn
      closedAt
      version
      createdAt
      updatedAt
      leadAgency {
        id
        name
      }
      coordinator {
        id
        displayName
      }
      premises {
        id
        name
        addressLine1
        postcode
        status
      }
      agencies {
        id
        agency {
          id
          name
          type
          officers {
            id
            name
            jobTitle
            active
          }
        }
      }
      officers {
        id
        officer {
          id
          name
          jobTitle
          agencyId
        }
      }
      visits {
        id
        startsAt
        status
        premises {
          id
          name
        }
        agencies {
          id
        }
      }
      formedAtMeeting {
        meetingId
        heldOn
        decision
      }
      timeline {
        id
        occurredAt
        kind
        summary
        user {
          id
          displayName
        }
      }
    }
  }
`);

/** What the group form offers: agencies and the users who may coordinate. */
export const GroupFormChoicesQuery = graphql(`
  query GroupFormChoices {
    agencies {
      id
      name
    }
    groupCoordinatorCandidates {
      id
      displayName
    }
  }
`);
