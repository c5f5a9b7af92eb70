import { graphql } from '@lantern/web/graphql';

export const SubmitInformationReportMutation = graphql(`
  mutation SubmitInformationReport($input: SubmitReportInput!) {
    submitInformationReport(input: $input) {
      id
      status
    }
  }
`);

export const ReportPremisesSearchQuery = graphql(`
  query ReportPremisesSearch($text: String!) {
    searchPremises(filter: { text: $text }, pageSize: 10) {
      items {
        id
        name
        addressLine1
        postcode
      }
    }
  }
`);

export const InformationReportListFields = graphql(`
  fragment InformationReportListFields on InformationReport {
    id
    status
    receivedAt
    becameAwareAt
    feedbackDueAt
    feedbackGivenAt
    sourceType
    sourceReliability
    informationAccuracy
    handlingCode
    submittedByMe
    referringAgency {
      id
      name
    }
    subjects {
      id
      kind
      describedName
      describedNicknames
      premises {
        id
        name
      }
    }
  }
`);

export const InformationReportsQuery = graphql(`
  query InformationReports($mine: Boolean!, $withTeamLists: Boolean!) {
    informationReports(mine: $mine) {
      ...InformationReportListFields
      feedback
    }
    reportsAwaitingFeedback @include(if: $withTeamLists) {
      ...InformationReportListFields
    }
  }
`);

export const InformationReportQuery = graphql(`
  query InformationReport($id: ID!, $reader: Boolean!, $specialist: Boolean!) {
    informationReport(id: $id) {
      ...InformationReportListFields
      version
      incidentAt
      howCameToLight
      whoElseKnows
      thirdPartyWillEngage
      handlingConditions
      details
      placeDescription
      feedback
      source @include(if: $specialist) {
        type
        name
        dateOfBirth
        contact
      }
      referrer @include(if: $specialist) {
        name
        jobTitle
        contact
      }
      triage @include(if: $reader) {
        assessedAt
        assessmentNote
        decidedAt
        decisionReason
      }
      subjects {
        id
        kind
        describedName
        describedNicknames
        describedDateOfBirth
        personId
        vehicle {
          id
          registration
        }
        business {
          id
          name
        }
        person @include(if: $reader) {
          id
          fullName
        }
        matches @include(if: $specialist) {
          personId
          score
          reasons
          person {
            id
            fullName
            dateOfBirth
            nicknames
          }
        }
      }
    }
  }
`);

export const AssessReportMutation = graphql(`
  mutation AssessReport($id: ID!, $version: Int!, $input: AssessReportInput!) {
    assessInformationReport(id: $id, version: $version, input: $input) {
      id
      status
      version
    }
  }
`);

export const DecideReportMutation = graphql(`
  mutation DecideReport($id: ID!, $version: Int!, $input: DecideReportInput!) {
    decideInformationReport(id: $id, version: $version, input: $input) {
      id
      status
      version
    }
  }
`);

export const GiveFeedbackMutation = graphql(`
  mutation GiveReportFeedback($id: ID!, $version: Int!, $feedback: String!) {
    giveReportFeedback(id: $id, version: $version, feedback: $feedback) {
      id
      version
      feedback
      feedbackGivenAt
    }
  }
`);

export const LinkReportPersonMutation = graphql(`
  mutation LinkReportPerson($subjectId: ID!, $input: LinkReportPersonInput!) {
    linkReportPerson(subjectId: $subjectId, input: $input) {
      id
      personId
    }
  }
`);

export const LinkReportToPremisesMutation = graphql(`
  mutation LinkReportToPremises($reportId: ID!, $premisesId: ID!) {
    linkReportToPremises(reportId: $reportId, premisesId: $premisesId) {
      id
    }
  }
`);

export const MosaicQuery = graphql(`
  query Mosaic($premisesId: ID, $personId: ID, $forPremises: Boolean!, $premisesKey: ID!) {
    mosaic(premisesId: $premisesId, personId: $personId) {
      id
      reports {
        id
        status
        becameAwareAt
        sourceType
        sourceReliability
        informationAccuracy
        handlingCode
        details
        referringAgency {
          id
          name
        }
      }
      links {
        kind
        id
        reportCount
        lastReportedAt
        premises {
          id
          name
        }
        person {
          id
          fullName
        }
        vehicle {
          id
          registration
        }
        business {
          id
          name
        }
      }
    }
    premises(id: $premisesKey) @include(if: $forPremises) {
      id
      name
    }
  }
`);
