import { graphql } from '@lantern/web/graphql';

/** Everything the premises page shows, in one request. */
export const PremisesDetailQuery = graphql(`
  query PremisesDetail($id: ID!) {
    premises(id: $id) {
      id
      name
      addressLine1
      addressLine2
      town
      postcode
      uprn
      kind
      use
      status
      licensableActivity
      concernSummary
      ...PremisesEnforcementActions
      ...PremisesMonitoring
      version
      createdAt
      updatedAt
      people {
        id
        role
        person {
          id
          fullName
          nicknames
          dateOfBirth
        }
      }
      vehicles {
        id
        notes
        vehicle {
          id
          registration
          make
          model
          colour
        }
      }
      businesses {
        id
        relationship
        business {
          id
          name
          companyNumber
        }
      }
      agencies {
        id
        agency {
          id
          name
          type
        }
      }
      visitRecords {
        id
        visitPlanId
        startedAt
        observations
      }
      timeline {
        id
        kind
        at
        allDay
        title
        detail
        agencyName
        path
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
