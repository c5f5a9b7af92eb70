import { graphql } from '@lantern/web/graphql';

/** Everything the planner shows, in one request. */
export const VisitPlanDetailQuery = graphql(`
  query VisitPlanDetail($id: ID!) {
    visitPlan(id: $id) {
      id
      groupId
      status
      version
      startsAt
      endsAt
      rendezvousPoint
      riskLevel
      riskAssessment
      briefingNotes
      readyToBrief
      updatedAt
      record {
        ...VisitRecordFields
      }
      enforcementActions {
        id
        kind
        status
        takenOn
        agency {
          id
          name
        }
        power {
          id
          name
        }
      }
      premises {
        id
        name
        addressLine1
        addressLine2
        town
        postcode
        kind
        use
        licensableActivity
      }
      agencies {
        id
        agencyId
        entersPremises
        agency {
          id
          name
          type
        }
        officers {
          id
          officerId
          agencyId
          response
          responseNote
          respondedAt
          officer {
            id
            name
            jobTitle
          }
        }
        powers {
          id
          powerId
          purpose
          power {
            id
            name
            legalBasis
            entry
          }
        }
      }
      warnings {
        key
        code
        message
        agencyId
        powerId
        acknowledged
        acknowledgedAt
        note
      }
    }
  }
`);

/** For coordinators building the plan: the group's member agencies with their officers, and the powers catalogue. */
export const VisitPlanChoicesQuery = graphql(`
  query VisitPlanChoices($groupId: ID!) {
    visitPlanOptions(groupId: $groupId) {
      groupId
      groupName
      agencies {
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
    powers {
      id
      name
      legalBasis
      entry
      holderAgencyTypes
    }
  }
`);
