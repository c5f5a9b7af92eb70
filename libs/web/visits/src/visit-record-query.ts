import { graphql } from '@lantern/web/graphql';

/** What happened at a visit, as the planner and the record page show it. */
export const VisitRecordFieldsFragment = graphql(`
  fragment VisitRecordFields on VisitRecord {
    id
    visitPlanId
    premisesId
    startedAt
    endedAt
    observations
    numberOfOccupants
    notes
    version
    attendees {
      officerId
      planned
      attended
      officer {
        id
        name
      }
      agency {
        id
        name
      }
    }
    peopleEncountered {
      id
      role
      person {
        id
        fullName
        dateOfBirth
      }
    }
  }
`);

export const RecordVisitMutation = graphql(`
  mutation RecordVisit($input: RecordVisitInput!) {
    recordVisit(input: $input) {
      id
      visitPlanId
      premisesId
    }
  }
`);

/** For recording a planned visit: who was asked, who else could have come, and who is already linked. */
export const RecordPlannedVisitQuery = graphql(`
  query RecordPlannedVisit($id: ID!) {
    visitPlan(id: $id) {
      id
      status
      premises {
        id
        name
        people {
          id
          role
          person {
            id
            fullName
          }
        }
      }
      record {
        id
      }
      agencies {
        id
        agencyId
        agency {
          id
          name
          officers {
            id
            name
            active
          }
        }
        officers {
          id
          officerId
          officer {
            id
            name
          }
        }
      }
    }
  }
`);

/** For recording an unplanned visit: the agencies taking part in the premises, with their officers. */
export const RecordUnplannedVisitQuery = graphql(`
  query RecordUnplannedVisit($id: ID!) {
    premises(id: $id) {
      id
      name
      people {
        id
        role
        person {
          id
          fullName
        }
      }
      agencies {
        id
        agency {
          id
          name
          officers {
            id
            name
            active
          }
        }
      }
    }
  }
`);

export const VisitRecordQuery = graphql(`
  query VisitRecordDetail($id: ID!) {
    visitRecord(id: $id) {
      ...VisitRecordFields
      premises {
        id
        name
      }
    }
  }
`);

export const AgencyOfficerChoicesFragment = graphql(`
  fragment AgencyOfficerChoices on Agency {
    id
    name
    officers {
      id
      name
      active
    }
  }
`);

/** For changing a record: the agencies whose officers could be added (the plan's, or those at the premises). */
export const VisitRecordToEditQuery = graphql(`
  query VisitRecordToEdit($id: ID!) {
    visitRecord(id: $id) {
      ...VisitRecordFields
      premises {
        id
        name
        agencies {
          id
          agency {
            ...AgencyOfficerChoices
          }
        }
      }
      visitPlan {
        id
        agencies {
          id
          agency {
            ...AgencyOfficerChoices
          }
        }
      }
    }
  }
`);

export const UpdateVisitRecordMutation = graphql(`
  mutation UpdateVisitRecord($id: ID!, $version: Int!, $input: VisitRecordDetailsInput!) {
    updateVisitRecord(id: $id, version: $version, input: $input) {
      ...VisitRecordFields
    }
  }
`);
