import { graphql } from '@lantern/web/graphql';

export const MeetingsQuery = graphql(`
  query IntelligenceMeetings {
    intelligenceMeetings {
      id
      heldOn
      chair {
        id
        displayName
      }
      items {
        id
      }
    }
    agencies {
      id
      name
    }
  }
`);

export const ScheduleMeetingMutation = graphql(`
  mutation ScheduleIntelligenceMeeting($input: ScheduleMeetingInput!) {
    scheduleIntelligenceMeeting(input: $input) {
      id
    }
  }
`);

export const MeetingQuery = graphql(`
  query IntelligenceMeeting($id: ID!) {
    intelligenceMeeting(id: $id) {
      id
      heldOn
      chair {
        id
        displayName
      }
      attendingAgencies {
        id
        name
      }
      items {
        id
        version
        kind
        reason
        minutes
        premises {
          id
          name
        }
        person {
          id
          fullName
        }
        reports {
          id
          status
          informationAccuracy
          sourceReliability
          handlingCode
        }
        decisions {
          id
          kind
          text
          ownerAgency {
            id
            name
          }
          group {
            id
            name
          }
        }
      }
    }
    agencies {
      id
      name
    }
  }
`);

export const RecordMinutesMutation = graphql(`
  mutation RecordMeetingMinutes($itemId: ID!, $version: Int!, $minutes: String!) {
    recordMeetingMinutes(itemId: $itemId, version: $version, minutes: $minutes) {
      id
      version
      minutes
    }
  }
`);

export const RecordDecisionMutation = graphql(`
  mutation RecordMeetingDecision($itemId: ID!, $version: Int!, $input: MeetingDecisionInput!) {
    recordMeetingDecision(itemId: $itemId, version: $version, input: $input) {
      id
      groupId
    }
  }
`);

export const AddMeetingItemMutation = graphql(`
  mutation AddMeetingItem($meetingId: ID!, $input: AddMeetingItemInput!) {
    addMeetingItem(meetingId: $meetingId, input: $input) {
      id
    }
  }
`);
