/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Agencies {\n    agencies {\n      id\n      name\n      type\n      area\n    }\n  }\n": typeof types.AgenciesDocument,
    "\n  mutation CreateAgency($input: AgencyInput!) {\n    createAgency(input: $input) {\n      id\n      name\n      type\n      area\n      email\n      phone\n      version\n    }\n  }\n": typeof types.CreateAgencyDocument,
    "\n  query AgencyToEdit($id: ID!) {\n    agency(id: $id) {\n      id\n      name\n      type\n      area\n      email\n      phone\n      version\n    }\n  }\n": typeof types.AgencyToEditDocument,
    "\n  mutation UpdateAgency($id: ID!, $input: AgencyInput!, $version: Int!) {\n    updateAgency(id: $id, input: $input, version: $version) {\n      id\n      name\n      type\n      area\n      email\n      phone\n      version\n    }\n  }\n": typeof types.UpdateAgencyDocument,
    "\n  query AgencyDetail($id: ID!, $withOfficers: Boolean!) {\n    agency(id: $id) {\n      id\n      name\n      type\n      area\n      email\n      phone\n      version\n      officers @include(if: $withOfficers) {\n        id\n        name\n        jobTitle\n        email\n        phone\n        active\n      }\n    }\n  }\n": typeof types.AgencyDetailDocument,
    "\n  query AgencyName($id: ID!) {\n    agency(id: $id) {\n      id\n      name\n    }\n  }\n": typeof types.AgencyNameDocument,
    "\n  mutation CreateOfficer($agencyId: ID!, $input: OfficerInput!) {\n    createOfficer(agencyId: $agencyId, input: $input) {\n      id\n      name\n      jobTitle\n      email\n      phone\n      active\n      version\n    }\n  }\n": typeof types.CreateOfficerDocument,
    "\n  query OfficerToEdit($id: ID!) {\n    officer(id: $id) {\n      id\n      name\n      jobTitle\n      email\n      phone\n      active\n      version\n      agency {\n        id\n        name\n      }\n    }\n  }\n": typeof types.OfficerToEditDocument,
    "\n  mutation UpdateOfficer($id: ID!, $input: OfficerInput!, $version: Int!) {\n    updateOfficer(id: $id, input: $input, version: $version) {\n      id\n      name\n      jobTitle\n      email\n      phone\n      active\n      version\n    }\n  }\n": typeof types.UpdateOfficerDocument,
    "\n  mutation UpdateGroup($id: ID!, $version: Int!, $input: GroupInput!) {\n    updateGroup(id: $id, version: $version, input: $input) {\n      id\n      name\n      objective\n      termsOfReference\n      version\n      updatedAt\n    }\n  }\n": typeof types.UpdateGroupDocument,
    "\n  mutation AddAgencyToGroup($groupId: ID!, $version: Int!, $agencyId: ID!) {\n    addAgencyToGroup(groupId: $groupId, version: $version, agencyId: $agencyId) {\n      id\n      version\n    }\n  }\n": typeof types.AddAgencyToGroupDocument,
    "\n  mutation RemoveAgencyFromGroup($groupId: ID!, $version: Int!, $agencyId: ID!) {\n    removeAgencyFromGroup(groupId: $groupId, version: $version, agencyId: $agencyId) {\n      id\n      version\n    }\n  }\n": typeof types.RemoveAgencyFromGroupDocument,
    "\n  mutation AddOfficerToGroup($groupId: ID!, $version: Int!, $officerId: ID!) {\n    addOfficerToGroup(groupId: $groupId, version: $version, officerId: $officerId) {\n      id\n      version\n    }\n  }\n": typeof types.AddOfficerToGroupDocument,
    "\n  mutation RemoveOfficerFromGroup($groupId: ID!, $version: Int!, $officerId: ID!) {\n    removeOfficerFromGroup(groupId: $groupId, version: $version, officerId: $officerId) {\n      id\n      version\n    }\n  }\n": typeof types.RemoveOfficerFromGroupDocument,
    "\n  mutation AddPremisesToGroup($groupId: ID!, $version: Int!, $premisesId: ID!) {\n    addPremisesToGroup(groupId: $groupId, version: $version, premisesId: $premisesId) {\n      id\n      version\n    }\n  }\n": typeof types.AddPremisesToGroupDocument,
    "\n  mutation RemovePremisesFromGroup($groupId: ID!, $version: Int!, $premisesId: ID!) {\n    removePremisesFromGroup(groupId: $groupId, version: $version, premisesId: $premisesId) {\n      id\n      version\n    }\n  }\n": typeof types.RemovePremisesFromGroupDocument,
    "\n  query GroupBoard($filter: GroupFilter, $pageSize: Int!) {\n    groups(filter: $filter, pageSize: $pageSize) {\n      total\n      items {\n        id\n        name\n        stage\n        updatedAt\n        leadAgency {\n          id\n          name\n        }\n        coordinator {\n          id\n          displayName\n        }\n        premises {\n          id\n          name\n          postcode\n        }\n        taskCounts {\n          open\n          overdue\n        }\n      }\n    }\n  }\n": typeof types.GroupBoardDocument,
    "\n  query GroupDetail($id: ID!) {\n    group(id: $id) {\n      ...GroupTasks\n      id\n      name\n      objective\n      termsOfReference\n      stage\n      nextStages\n      closureSummary\n      reviewSchedule\n      monitoringEndsOn\n      closedAt\n      version\n      createdAt\n      updatedAt\n      leadAgency {\n        id\n        name\n      }\n      coordinator {\n        id\n        displayName\n      }\n      premises {\n        id\n        name\n        addressLine1\n        postcode\n        status\n      }\n      agencies {\n        id\n        agency {\n          id\n          name\n          type\n          officers {\n            id\n            name\n            jobTitle\n            active\n          }\n        }\n      }\n      officers {\n        id\n        officer {\n          id\n          name\n          jobTitle\n          agencyId\n        }\n      }\n      timeline {\n        id\n        occurredAt\n        kind\n        summary\n        user {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.GroupDetailDocument,
    "\n  query GroupFormChoices {\n    agencies {\n      id\n      name\n    }\n    groupCoordinatorCandidates {\n      id\n      displayName\n    }\n  }\n": typeof types.GroupFormChoicesDocument,
    "\n  mutation ChangeGroupStage($id: ID!, $version: Int!, $input: GroupStageInput!) {\n    changeGroupStage(id: $id, version: $version, input: $input) {\n      id\n      stage\n      version\n    }\n  }\n": typeof types.ChangeGroupStageDocument,
    "\n  mutation FormGroup($input: NewGroupInput!) {\n    formGroup(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.FormGroupDocument,
    "\n  query StartingPremises($id: ID!) {\n    premises(id: $id) {\n      id\n      name\n      postcode\n    }\n  }\n": typeof types.StartingPremisesDocument,
    "\n  query FindPremisesForGroup($text: String!) {\n    searchPremises(filter: { text: $text }, pageSize: 10) {\n      items {\n        id\n        name\n        postcode\n      }\n    }\n  }\n": typeof types.FindPremisesForGroupDocument,
    "\n  query CurrentUser {\n    me {\n      id\n      displayName\n      email\n      role\n      agencyId\n    }\n  }\n": typeof types.CurrentUserDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      displayName\n      email\n      role\n      agencyId\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation CreatePower($input: PowerInput!) {\n    createPower(input: $input) {\n      id\n      code\n      name\n      legalBasis\n      category\n      entry\n      holderAgencyTypes\n      premisesKinds\n      conditions\n      minDuration\n      maxDuration\n      noticePeriod\n      minCompliancePeriod\n      requiresWrittenAuthorisation\n      effectiveFrom\n      effectiveTo\n      notes\n      source\n      version\n    }\n  }\n": typeof types.CreatePowerDocument,
    "\n  query PowerToEdit($id: ID!) {\n    power(id: $id) {\n      id\n      code\n      name\n      legalBasis\n      category\n      entry\n      holderAgencyTypes\n      premisesKinds\n      conditions\n      minDuration\n      maxDuration\n      noticePeriod\n      minCompliancePeriod\n      requiresWrittenAuthorisation\n      effectiveFrom\n      effectiveTo\n      notes\n      source\n      version\n    }\n  }\n": typeof types.PowerToEditDocument,
    "\n  mutation UpdatePower($id: ID!, $input: PowerInput!, $version: Int!) {\n    updatePower(id: $id, input: $input, version: $version) {\n      id\n      code\n      name\n      legalBasis\n      category\n      entry\n      holderAgencyTypes\n      premisesKinds\n      conditions\n      minDuration\n      maxDuration\n      noticePeriod\n      minCompliancePeriod\n      requiresWrittenAuthorisation\n      effectiveFrom\n      effectiveTo\n      notes\n      source\n      version\n    }\n  }\n": typeof types.UpdatePowerDocument,
    "\n  query PowerDetail($id: ID!) {\n    power(id: $id) {\n      id\n      code\n      name\n      legalBasis\n      category\n      entry\n      holderAgencyTypes\n      premisesKinds\n      conditions\n      minDuration\n      maxDuration\n      noticePeriod\n      minCompliancePeriod\n      requiresWrittenAuthorisation\n      effectiveFrom\n      effectiveTo\n      notes\n      source\n      version\n    }\n  }\n": typeof types.PowerDetailDocument,
    "\n  query Powers($filter: PowerFilter) {\n    powers(filter: $filter) {\n      id\n      name\n      legalBasis\n      category\n      entry\n      holderAgencyTypes\n    }\n  }\n": typeof types.PowersDocument,
    "\n  query AgencyChoices {\n    agencies {\n      id\n      name\n    }\n  }\n": typeof types.AgencyChoicesDocument,
    "\n  mutation SharePremisesWithAgency($premisesId: ID!, $agencyId: ID!) {\n    sharePremisesWithAgency(premisesId: $premisesId, agencyId: $agencyId) {\n      id\n    }\n  }\n": typeof types.SharePremisesWithAgencyDocument,
    "\n  mutation StopSharingPremisesWithAgency($premisesId: ID!, $agencyId: ID!) {\n    stopSharingPremisesWithAgency(premisesId: $premisesId, agencyId: $agencyId)\n  }\n": typeof types.StopSharingPremisesWithAgencyDocument,
    "\n  query PremisesToEdit($id: ID!) {\n    premises(id: $id) {\n      id\n      name\n      addressLine1\n      addressLine2\n      town\n      postcode\n      uprn\n      kind\n      use\n      status\n      licensableActivity\n      concernSummary\n      version\n    }\n  }\n": typeof types.PremisesToEditDocument,
    "\n  mutation UpdatePremises($id: ID!, $input: PremisesInput!, $version: Int!) {\n    updatePremises(id: $id, input: $input, version: $version) {\n      id\n      name\n      addressLine1\n      addressLine2\n      town\n      postcode\n      uprn\n      kind\n      use\n      status\n      licensableActivity\n      concernSummary\n      version\n      updatedAt\n    }\n  }\n": typeof types.UpdatePremisesDocument,
    "\n  query FindPeople($text: String!) {\n    findPeople(text: $text) {\n      id\n      fullName\n      nicknames\n      dateOfBirth\n    }\n  }\n": typeof types.FindPeopleDocument,
    "\n  mutation LinkPersonToPremises($premisesId: ID!, $input: LinkPersonInput!) {\n    linkPersonToPremises(premisesId: $premisesId, input: $input) {\n      id\n      role\n      person {\n        id\n        fullName\n      }\n    }\n  }\n": typeof types.LinkPersonToPremisesDocument,
    "\n  mutation LinkBusinessToPremises($premisesId: ID!, $input: LinkBusinessInput!) {\n    linkBusinessToPremises(premisesId: $premisesId, input: $input) {\n      id\n      business {\n        id\n        name\n      }\n    }\n  }\n": typeof types.LinkBusinessToPremisesDocument,
    "\n  mutation UnlinkBusinessFromPremises($linkId: ID!) {\n    unlinkBusinessFromPremises(linkId: $linkId)\n  }\n": typeof types.UnlinkBusinessFromPremisesDocument,
    "\n  mutation UnlinkPersonFromPremises($linkId: ID!) {\n    unlinkPersonFromPremises(linkId: $linkId)\n  }\n": typeof types.UnlinkPersonFromPremisesDocument,
    "\n  mutation LinkVehicleToPremises($premisesId: ID!, $input: LinkVehicleInput!) {\n    linkVehicleToPremises(premisesId: $premisesId, input: $input) {\n      id\n      vehicle {\n        id\n        registration\n      }\n    }\n  }\n": typeof types.LinkVehicleToPremisesDocument,
    "\n  mutation UnlinkVehicleFromPremises($linkId: ID!) {\n    unlinkVehicleFromPremises(linkId: $linkId)\n  }\n": typeof types.UnlinkVehicleFromPremisesDocument,
    "\n  mutation CreatePremises($input: PremisesInput!) {\n    createPremises(input: $input) {\n      id\n      name\n      addressLine1\n      addressLine2\n      town\n      postcode\n      uprn\n      kind\n      use\n      status\n      licensableActivity\n      concernSummary\n      version\n      updatedAt\n    }\n  }\n": typeof types.CreatePremisesDocument,
    "\n  query PremisesDetail($id: ID!) {\n    premises(id: $id) {\n      id\n      name\n      addressLine1\n      addressLine2\n      town\n      postcode\n      uprn\n      kind\n      use\n      status\n      licensableActivity\n      concernSummary\n      version\n      createdAt\n      updatedAt\n      people {\n        id\n        role\n        person {\n          id\n          fullName\n          nicknames\n          dateOfBirth\n        }\n      }\n      vehicles {\n        id\n        notes\n        vehicle {\n          id\n          registration\n          make\n          model\n          colour\n        }\n      }\n      businesses {\n        id\n        relationship\n        business {\n          id\n          name\n          companyNumber\n        }\n      }\n      agencies {\n        id\n        agency {\n          id\n          name\n          type\n        }\n      }\n      associatedPremises {\n        premisesId\n        premises {\n          id\n          name\n          postcode\n          status\n        }\n        through {\n          id\n          fullName\n        }\n      }\n    }\n  }\n": typeof types.PremisesDetailDocument,
    "\n  query SearchPremises($filter: PremisesFilter, $page: Int!, $pageSize: Int!) {\n    searchPremises(filter: $filter, page: $page, pageSize: $pageSize) {\n      total\n      page\n      pageSize\n      items {\n        id\n        name\n        addressLine1\n        addressLine2\n        town\n        postcode\n        kind\n        status\n      }\n    }\n  }\n": typeof types.SearchPremisesDocument,
    "\n  mutation AddTask($groupId: ID!, $input: TaskInput!) {\n    addTask(groupId: $groupId, input: $input) {\n      ...TaskSummary\n      details\n      version\n    }\n  }\n": typeof types.AddTaskDocument,
    "\n  query TaskToEdit($id: ID!) {\n    task(id: $id) {\n      id\n      title\n      details\n      dueOn\n      priority\n      version\n      ownerAgency {\n        id\n      }\n      ownerOfficer {\n        id\n      }\n      group {\n        name\n        ...TaskOwnerChoices\n      }\n    }\n  }\n": typeof types.TaskToEditDocument,
    "\n  mutation UpdateTask($id: ID!, $version: Int!, $input: TaskInput!) {\n    updateTask(id: $id, version: $version, input: $input) {\n      ...TaskSummary\n      details\n      updatedAt\n      version\n    }\n  }\n": typeof types.UpdateTaskDocument,
    "\n  query MyTasks($includeFinished: Boolean!) {\n    myTasks(includeFinished: $includeFinished) {\n      ...TaskSummary\n    }\n  }\n": typeof types.MyTasksDocument,
    "\n  query GroupForNewTask($id: ID!) {\n    group(id: $id) {\n      name\n      ...TaskOwnerChoices\n    }\n  }\n": typeof types.GroupForNewTaskDocument,
    "\n  mutation CommentOnTask($taskId: ID!, $body: String!) {\n    commentOnTask(taskId: $taskId, body: $body) {\n      ...TaskCommentItem\n    }\n  }\n": typeof types.CommentOnTaskDocument,
    "\n  query TaskDetail($id: ID!) {\n    task(id: $id) {\n      ...TaskSummary\n      details\n      completedAt\n      updatedAt\n      version\n      comments {\n        ...TaskCommentItem\n      }\n    }\n  }\n": typeof types.TaskDetailDocument,
    "\n  fragment TaskCommentItem on TaskComment {\n    id\n    body\n    createdAt\n    author {\n      id\n      displayName\n    }\n  }\n": typeof types.TaskCommentItemFragmentDoc,
    "\n  fragment TaskSummary on Task {\n    id\n    title\n    status\n    priority\n    dueOn\n    overdue\n    group {\n      id\n      name\n      stage\n    }\n    ownerAgency {\n      id\n      name\n    }\n    ownerOfficer {\n      id\n      name\n    }\n  }\n": typeof types.TaskSummaryFragmentDoc,
    "\n  fragment TaskOwnerChoices on TaskAndFinishGroup {\n    id\n    stage\n    agencies {\n      id\n      agency {\n        id\n        name\n        officers {\n          id\n          name\n          active\n        }\n      }\n    }\n  }\n": typeof types.TaskOwnerChoicesFragmentDoc,
    "\n  fragment GroupTasks on TaskAndFinishGroup {\n    id\n    stage\n    ...TaskOwnerChoices\n    tasks {\n      ...TaskSummary\n    }\n  }\n": typeof types.GroupTasksFragmentDoc,
    "\n  mutation SetTaskStatus($id: ID!, $version: Int!, $status: TaskStatus!, $comment: String) {\n    setTaskStatus(id: $id, version: $version, status: $status, comment: $comment) {\n      id\n      status\n      overdue\n      completedAt\n      updatedAt\n      version\n      comments {\n        ...TaskCommentItem\n      }\n    }\n  }\n": typeof types.SetTaskStatusDocument,
};
const documents: Documents = {
    "\n  query Agencies {\n    agencies {\n      id\n      name\n      type\n      area\n    }\n  }\n": types.AgenciesDocument,
    "\n  mutation CreateAgency($input: AgencyInput!) {\n    createAgency(input: $input) {\n      id\n      name\n      type\n      area\n      email\n      phone\n      version\n    }\n  }\n": types.CreateAgencyDocument,
    "\n  query AgencyToEdit($id: ID!) {\n    agency(id: $id) {\n      id\n      name\n      type\n      area\n      email\n      phone\n      version\n    }\n  }\n": types.AgencyToEditDocument,
    "\n  mutation UpdateAgency($id: ID!, $input: AgencyInput!, $version: Int!) {\n    updateAgency(id: $id, input: $input, version: $version) {\n      id\n      name\n      type\n      area\n      email\n      phone\n      version\n    }\n  }\n": types.UpdateAgencyDocument,
    "\n  query AgencyDetail($id: ID!, $withOfficers: Boolean!) {\n    agency(id: $id) {\n      id\n      name\n      type\n      area\n      email\n      phone\n      version\n      officers @include(if: $withOfficers) {\n        id\n        name\n        jobTitle\n        email\n        phone\n        active\n      }\n    }\n  }\n": types.AgencyDetailDocument,
    "\n  query AgencyName($id: ID!) {\n    agency(id: $id) {\n      id\n      name\n    }\n  }\n": types.AgencyNameDocument,
    "\n  mutation CreateOfficer($agencyId: ID!, $input: OfficerInput!) {\n    createOfficer(agencyId: $agencyId, input: $input) {\n      id\n      name\n      jobTitle\n      email\n      phone\n      active\n      version\n    }\n  }\n": types.CreateOfficerDocument,
    "\n  query OfficerToEdit($id: ID!) {\n    officer(id: $id) {\n      id\n      name\n      jobTitle\n      email\n      phone\n      active\n      version\n      agency {\n        id\n        name\n      }\n    }\n  }\n": types.OfficerToEditDocument,
    "\n  mutation UpdateOfficer($id: ID!, $input: OfficerInput!, $version: Int!) {\n    updateOfficer(id: $id, input: $input, version: $version) {\n      id\n      name\n      jobTitle\n      email\n      phone\n      active\n      version\n    }\n  }\n": types.UpdateOfficerDocument,
    "\n  mutation UpdateGroup($id: ID!, $version: Int!, $input: GroupInput!) {\n    updateGroup(id: $id, version: $version, input: $input) {\n      id\n      name\n      objective\n      termsOfReference\n      version\n      updatedAt\n    }\n  }\n": types.UpdateGroupDocument,
    "\n  mutation AddAgencyToGroup($groupId: ID!, $version: Int!, $agencyId: ID!) {\n    addAgencyToGroup(groupId: $groupId, version: $version, agencyId: $agencyId) {\n      id\n      version\n    }\n  }\n": types.AddAgencyToGroupDocument,
    "\n  mutation RemoveAgencyFromGroup($groupId: ID!, $version: Int!, $agencyId: ID!) {\n    removeAgencyFromGroup(groupId: $groupId, version: $version, agencyId: $agencyId) {\n      id\n      version\n    }\n  }\n": types.RemoveAgencyFromGroupDocument,
    "\n  mutation AddOfficerToGroup($groupId: ID!, $version: Int!, $officerId: ID!) {\n    addOfficerToGroup(groupId: $groupId, version: $version, officerId: $officerId) {\n      id\n      version\n    }\n  }\n": types.AddOfficerToGroupDocument,
    "\n  mutation RemoveOfficerFromGroup($groupId: ID!, $version: Int!, $officerId: ID!) {\n    removeOfficerFromGroup(groupId: $groupId, version: $version, officerId: $officerId) {\n      id\n      version\n    }\n  }\n": types.RemoveOfficerFromGroupDocument,
    "\n  mutation AddPremisesToGroup($groupId: ID!, $version: Int!, $premisesId: ID!) {\n    addPremisesToGroup(groupId: $groupId, version: $version, premisesId: $premisesId) {\n      id\n      version\n    }\n  }\n": types.AddPremisesToGroupDocument,
    "\n  mutation RemovePremisesFromGroup($groupId: ID!, $version: Int!, $premisesId: ID!) {\n    removePremisesFromGroup(groupId: $groupId, version: $version, premisesId: $premisesId) {\n      id\n      version\n    }\n  }\n": types.RemovePremisesFromGroupDocument,
    "\n  query GroupBoard($filter: GroupFilter, $pageSize: Int!) {\n    groups(filter: $filter, pageSize: $pageSize) {\n      total\n      items {\n        id\n        name\n        stage\n        updatedAt\n        leadAgency {\n          id\n          name\n        }\n        coordinator {\n          id\n          displayName\n        }\n        premises {\n          id\n          name\n          postcode\n        }\n        taskCounts {\n          open\n          overdue\n        }\n      }\n    }\n  }\n": types.GroupBoardDocument,
    "\n  query GroupDetail($id: ID!) {\n    group(id: $id) {\n      ...GroupTasks\n      id\n      name\n      objective\n      termsOfReference\n      stage\n      nextStages\n      closureSummary\n      reviewSchedule\n      monitoringEndsOn\n      closedAt\n      version\n      createdAt\n      updatedAt\n      leadAgency {\n        id\n        name\n      }\n      coordinator {\n        id\n        displayName\n      }\n      premises {\n        id\n        name\n        addressLine1\n        postcode\n        status\n      }\n      agencies {\n        id\n        agency {\n          id\n          name\n          type\n          officers {\n            id\n            name\n            jobTitle\n            active\n          }\n        }\n      }\n      officers {\n        id\n        officer {\n          id\n          name\n          jobTitle\n          agencyId\n        }\n      }\n      timeline {\n        id\n        occurredAt\n        kind\n        summary\n        user {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.GroupDetailDocument,
    "\n  query GroupFormChoices {\n    agencies {\n      id\n      name\n    }\n    groupCoordinatorCandidates {\n      id\n      displayName\n    }\n  }\n": types.GroupFormChoicesDocument,
    "\n  mutation ChangeGroupStage($id: ID!, $version: Int!, $input: GroupStageInput!) {\n    changeGroupStage(id: $id, version: $version, input: $input) {\n      id\n      stage\n      version\n    }\n  }\n": types.ChangeGroupStageDocument,
    "\n  mutation FormGroup($input: NewGroupInput!) {\n    formGroup(input: $input) {\n      id\n      name\n    }\n  }\n": types.FormGroupDocument,
    "\n  query StartingPremises($id: ID!) {\n    premises(id: $id) {\n      id\n      name\n      postcode\n    }\n  }\n": types.StartingPremisesDocument,
    "\n  query FindPremisesForGroup($text: String!) {\n    searchPremises(filter: { text: $text }, pageSize: 10) {\n      items {\n        id\n        name\n        postcode\n      }\n    }\n  }\n": types.FindPremisesForGroupDocument,
    "\n  query CurrentUser {\n    me {\n      id\n      displayName\n      email\n      role\n      agencyId\n    }\n  }\n": types.CurrentUserDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      displayName\n      email\n      role\n      agencyId\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation CreatePower($input: PowerInput!) {\n    createPower(input: $input) {\n      id\n      code\n      name\n      legalBasis\n      category\n      entry\n      holderAgencyTypes\n      premisesKinds\n      conditions\n      minDuration\n      maxDuration\n      noticePeriod\n      minCompliancePeriod\n      requiresWrittenAuthorisation\n      effectiveFrom\n      effectiveTo\n      notes\n      source\n      version\n    }\n  }\n": types.CreatePowerDocument,
    "\n  query PowerToEdit($id: ID!) {\n    power(id: $id) {\n      id\n      code\n      name\n      legalBasis\n      category\n      entry\n      holderAgencyTypes\n      premisesKinds\n      conditions\n      minDuration\n      maxDuration\n      noticePeriod\n      minCompliancePeriod\n      requiresWrittenAuthorisation\n      effectiveFrom\n      effectiveTo\n      notes\n      source\n      version\n    }\n  }\n": types.PowerToEditDocument,
    "\n  mutation UpdatePower($id: ID!, $input: PowerInput!, $version: Int!) {\n    updatePower(id: $id, input: $input, version: $version) {\n      id\n      code\n      name\n      legalBasis\n      category\n      entry\n      holderAgencyTypes\n      premisesKinds\n      conditions\n      minDuration\n      maxDuration\n      noticePeriod\n      minCompliancePeriod\n      requiresWrittenAuthorisation\n      effectiveFrom\n      effectiveTo\n      notes\n      source\n      version\n    }\n  }\n": types.UpdatePowerDocument,
    "\n  query PowerDetail($id: ID!) {\n    power(id: $id) {\n      id\n      code\n      name\n      legalBasis\n      category\n      entry\n      holderAgencyTypes\n      premisesKinds\n      conditions\n      minDuration\n      maxDuration\n      noticePeriod\n      minCompliancePeriod\n      requiresWrittenAuthorisation\n      effectiveFrom\n      effectiveTo\n      notes\n      source\n      version\n    }\n  }\n": types.PowerDetailDocument,
    "\n  query Powers($filter: PowerFilter) {\n    powers(filter: $filter) {\n      id\n      name\n      legalBasis\n      category\n      entry\n      holderAgencyTypes\n    }\n  }\n": types.PowersDocument,
    "\n  query AgencyChoices {\n    agencies {\n      id\n      name\n    }\n  }\n": types.AgencyChoicesDocument,
    "\n  mutation SharePremisesWithAgency($premisesId: ID!, $agencyId: ID!) {\n    sharePremisesWithAgency(premisesId: $premisesId, agencyId: $agencyId) {\n      id\n    }\n  }\n": types.SharePremisesWithAgencyDocument,
    "\n  mutation StopSharingPremisesWithAgency($premisesId: ID!, $agencyId: ID!) {\n    stopSharingPremisesWithAgency(premisesId: $premisesId, agencyId: $agencyId)\n  }\n": types.StopSharingPremisesWithAgencyDocument,
    "\n  query PremisesToEdit($id: ID!) {\n    premises(id: $id) {\n      id\n      name\n      addressLine1\n      addressLine2\n      town\n      postcode\n      uprn\n      kind\n      use\n      status\n      licensableActivity\n      concernSummary\n      version\n    }\n  }\n": types.PremisesToEditDocument,
    "\n  mutation UpdatePremises($id: ID!, $input: PremisesInput!, $version: Int!) {\n    updatePremises(id: $id, input: $input, version: $version) {\n      id\n      name\n      addressLine1\n      addressLine2\n      town\n      postcode\n      uprn\n      kind\n      use\n      status\n      licensableActivity\n      concernSummary\n      version\n      updatedAt\n    }\n  }\n": types.UpdatePremisesDocument,
    "\n  query FindPeople($text: String!) {\n    findPeople(text: $text) {\n      id\n      fullName\n      nicknames\n      dateOfBirth\n    }\n  }\n": types.FindPeopleDocument,
    "\n  mutation LinkPersonToPremises($premisesId: ID!, $input: LinkPersonInput!) {\n    linkPersonToPremises(premisesId: $premisesId, input: $input) {\n      id\n      role\n      person {\n        id\n        fullName\n      }\n    }\n  }\n": types.LinkPersonToPremisesDocument,
    "\n  mutation LinkBusinessToPremises($premisesId: ID!, $input: LinkBusinessInput!) {\n    linkBusinessToPremises(premisesId: $premisesId, input: $input) {\n      id\n      business {\n        id\n        name\n      }\n    }\n  }\n": types.LinkBusinessToPremisesDocument,
    "\n  mutation UnlinkBusinessFromPremises($linkId: ID!) {\n    unlinkBusinessFromPremises(linkId: $linkId)\n  }\n": types.UnlinkBusinessFromPremisesDocument,
    "\n  mutation UnlinkPersonFromPremises($linkId: ID!) {\n    unlinkPersonFromPremises(linkId: $linkId)\n  }\n": types.UnlinkPersonFromPremisesDocument,
    "\n  mutation LinkVehicleToPremises($premisesId: ID!, $input: LinkVehicleInput!) {\n    linkVehicleToPremises(premisesId: $premisesId, input: $input) {\n      id\n      vehicle {\n        id\n        registration\n      }\n    }\n  }\n": types.LinkVehicleToPremisesDocument,
    "\n  mutation UnlinkVehicleFromPremises($linkId: ID!) {\n    unlinkVehicleFromPremises(linkId: $linkId)\n  }\n": types.UnlinkVehicleFromPremisesDocument,
    "\n  mutation CreatePremises($input: PremisesInput!) {\n    createPremises(input: $input) {\n      id\n      name\n      addressLine1\n      addressLine2\n      town\n      postcode\n      uprn\n      kind\n      use\n      status\n      licensableActivity\n      concernSummary\n      version\n      updatedAt\n    }\n  }\n": types.CreatePremisesDocument,
    "\n  query PremisesDetail($id: ID!) {\n    premises(id: $id) {\n      id\n      name\n      addressLine1\n      addressLine2\n      town\n      postcode\n      uprn\n      kind\n      use\n      status\n      licensableActivity\n      concernSummary\n      version\n      createdAt\n      updatedAt\n      people {\n        id\n        role\n        person {\n          id\n          fullName\n          nicknames\n          dateOfBirth\n        }\n      }\n      vehicles {\n        id\n        notes\n        vehicle {\n          id\n          registration\n          make\n          model\n          colour\n        }\n      }\n      businesses {\n        id\n        relationship\n        business {\n          id\n          name\n          companyNumber\n        }\n      }\n      agencies {\n        id\n        agency {\n          id\n          name\n          type\n        }\n      }\n      associatedPremises {\n        premisesId\n        premises {\n          id\n          name\n          postcode\n          status\n        }\n        through {\n          id\n          fullName\n        }\n      }\n    }\n  }\n": types.PremisesDetailDocument,
    "\n  query SearchPremises($filter: PremisesFilter, $page: Int!, $pageSize: Int!) {\n    searchPremises(filter: $filter, page: $page, pageSize: $pageSize) {\n      total\n      page\n      pageSize\n      items {\n        id\n        name\n        addressLine1\n        addressLine2\n        town\n        postcode\n        kind\n        status\n      }\n    }\n  }\n": types.SearchPremisesDocument,
    "\n  mutation AddTask($groupId: ID!, $input: TaskInput!) {\n    addTask(groupId: $groupId, input: $input) {\n      ...TaskSummary\n      details\n      version\n    }\n  }\n": types.AddTaskDocument,
    "\n  query TaskToEdit($id: ID!) {\n    task(id: $id) {\n      id\n      title\n      details\n      dueOn\n      priority\n      version\n      ownerAgency {\n        id\n      }\n      ownerOfficer {\n        id\n      }\n      group {\n        name\n        ...TaskOwnerChoices\n      }\n    }\n  }\n": types.TaskToEditDocument,
    "\n  mutation UpdateTask($id: ID!, $version: Int!, $input: TaskInput!) {\n    updateTask(id: $id, version: $version, input: $input) {\n      ...TaskSummary\n      details\n      updatedAt\n      version\n    }\n  }\n": types.UpdateTaskDocument,
    "\n  query MyTasks($includeFinished: Boolean!) {\n    myTasks(includeFinished: $includeFinished) {\n      ...TaskSummary\n    }\n  }\n": types.MyTasksDocument,
    "\n  query GroupForNewTask($id: ID!) {\n    group(id: $id) {\n      name\n      ...TaskOwnerChoices\n    }\n  }\n": types.GroupForNewTaskDocument,
    "\n  mutation CommentOnTask($taskId: ID!, $body: String!) {\n    commentOnTask(taskId: $taskId, body: $body) {\n      ...TaskCommentItem\n    }\n  }\n": types.CommentOnTaskDocument,
    "\n  query TaskDetail($id: ID!) {\n    task(id: $id) {\n      ...TaskSummary\n      details\n      completedAt\n      updatedAt\n      version\n      comments {\n        ...TaskCommentItem\n      }\n    }\n  }\n": types.TaskDetailDocument,
    "\n  fragment TaskCommentItem on TaskComment {\n    id\n    body\n    createdAt\n    author {\n      id\n      displayName\n    }\n  }\n": types.TaskCommentItemFragmentDoc,
    "\n  fragment TaskSummary on Task {\n    id\n    title\n    status\n    priority\n    dueOn\n    overdue\n    group {\n      id\n      name\n      stage\n    }\n    ownerAgency {\n      id\n      name\n    }\n    ownerOfficer {\n      id\n      name\n    }\n  }\n": types.TaskSummaryFragmentDoc,
    "\n  fragment TaskOwnerChoices on TaskAndFinishGroup {\n    id\n    stage\n    agencies {\n      id\n      agency {\n        id\n        name\n        officers {\n          id\n          name\n          active\n        }\n      }\n    }\n  }\n": types.TaskOwnerChoicesFragmentDoc,
    "\n  fragment GroupTasks on TaskAndFinishGroup {\n    id\n    stage\n    ...TaskOwnerChoices\n    tasks {\n      ...TaskSummary\n    }\n  }\n": types.GroupTasksFragmentDoc,
    "\n  mutation SetTaskStatus($id: ID!, $version: Int!, $status: TaskStatus!, $comment: String) {\n    setTaskStatus(id: $id, version: $version, status: $status, comment: $comment) {\n      id\n      status\n      overdue\n      completedAt\n      updatedAt\n      version\n      comments {\n        ...TaskCommentItem\n      }\n    }\n  }\n": types.SetTaskStatusDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Agencies {\n    agencies {\n      id\n      name\n      type\n      area\n    }\n  }\n"): (typeof documents)["\n  query Agencies {\n    agencies {\n      id\n      name\n      type\n      area\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAgency($input: AgencyInput!) {\n    createAgency(input: $input) {\n      id\n      name\n      type\n      area\n      email\n      phone\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAgency($input: AgencyInput!) {\n    createAgency(input: $input) {\n      id\n      name\n      type\n      area\n      email\n      phone\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyToEdit($id: ID!) {\n    agency(id: $id) {\n      id\n      name\n      type\n      area\n      email\n      phone\n      version\n    }\n  }\n"): (typeof documents)["\n  query AgencyToEdit($id: ID!) {\n    agency(id: $id) {\n      id\n      name\n      type\n      area\n      email\n      phone\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAgency($id: ID!, $input: AgencyInput!, $version: Int!) {\n    updateAgency(id: $id, input: $input, version: $version) {\n      id\n      name\n      type\n      area\n      email\n      phone\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAgency($id: ID!, $input: AgencyInput!, $version: Int!) {\n    updateAgency(id: $id, input: $input, version: $version) {\n      id\n      name\n      type\n      area\n      email\n      phone\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyDetail($id: ID!, $withOfficers: Boolean!) {\n    agency(id: $id) {\n      id\n      name\n      type\n      area\n      email\n      phone\n      version\n      officers @include(if: $withOfficers) {\n        id\n        name\n        jobTitle\n        email\n        phone\n        active\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgencyDetail($id: ID!, $withOfficers: Boolean!) {\n    agency(id: $id) {\n      id\n      name\n      type\n      area\n      email\n      phone\n      version\n      officers @include(if: $withOfficers) {\n        id\n        name\n        jobTitle\n        email\n        phone\n        active\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyName($id: ID!) {\n    agency(id: $id) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query AgencyName($id: ID!) {\n    agency(id: $id) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOfficer($agencyId: ID!, $input: OfficerInput!) {\n    createOfficer(agencyId: $agencyId, input: $input) {\n      id\n      name\n      jobTitle\n      email\n      phone\n      active\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOfficer($agencyId: ID!, $input: OfficerInput!) {\n    createOfficer(agencyId: $agencyId, input: $input) {\n      id\n      name\n      jobTitle\n      email\n      phone\n      active\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficerToEdit($id: ID!) {\n    officer(id: $id) {\n      id\n      name\n      jobTitle\n      email\n      phone\n      active\n      version\n      agency {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query OfficerToEdit($id: ID!) {\n    officer(id: $id) {\n      id\n      name\n      jobTitle\n      email\n      phone\n      active\n      version\n      agency {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOfficer($id: ID!, $input: OfficerInput!, $version: Int!) {\n    updateOfficer(id: $id, input: $input, version: $version) {\n      id\n      name\n      jobTitle\n      email\n      phone\n      active\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOfficer($id: ID!, $input: OfficerInput!, $version: Int!) {\n    updateOfficer(id: $id, input: $input, version: $version) {\n      id\n      name\n      jobTitle\n      email\n      phone\n      active\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateGroup($id: ID!, $version: Int!, $input: GroupInput!) {\n    updateGroup(id: $id, version: $version, input: $input) {\n      id\n      name\n      objective\n      termsOfReference\n      version\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateGroup($id: ID!, $version: Int!, $input: GroupInput!) {\n    updateGroup(id: $id, version: $version, input: $input) {\n      id\n      name\n      objective\n      termsOfReference\n      version\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAgencyToGroup($groupId: ID!, $version: Int!, $agencyId: ID!) {\n    addAgencyToGroup(groupId: $groupId, version: $version, agencyId: $agencyId) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation AddAgencyToGroup($groupId: ID!, $version: Int!, $agencyId: ID!) {\n    addAgencyToGroup(groupId: $groupId, version: $version, agencyId: $agencyId) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveAgencyFromGroup($groupId: ID!, $version: Int!, $agencyId: ID!) {\n    removeAgencyFromGroup(groupId: $groupId, version: $version, agencyId: $agencyId) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveAgencyFromGroup($groupId: ID!, $version: Int!, $agencyId: ID!) {\n    removeAgencyFromGroup(groupId: $groupId, version: $version, agencyId: $agencyId) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddOfficerToGroup($groupId: ID!, $version: Int!, $officerId: ID!) {\n    addOfficerToGroup(groupId: $groupId, version: $version, officerId: $officerId) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation AddOfficerToGroup($groupId: ID!, $version: Int!, $officerId: ID!) {\n    addOfficerToGroup(groupId: $groupId, version: $version, officerId: $officerId) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveOfficerFromGroup($groupId: ID!, $version: Int!, $officerId: ID!) {\n    removeOfficerFromGroup(groupId: $groupId, version: $version, officerId: $officerId) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveOfficerFromGroup($groupId: ID!, $version: Int!, $officerId: ID!) {\n    removeOfficerFromGroup(groupId: $groupId, version: $version, officerId: $officerId) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPremisesToGroup($groupId: ID!, $version: Int!, $premisesId: ID!) {\n    addPremisesToGroup(groupId: $groupId, version: $version, premisesId: $premisesId) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation AddPremisesToGroup($groupId: ID!, $version: Int!, $premisesId: ID!) {\n    addPremisesToGroup(groupId: $groupId, version: $version, premisesId: $premisesId) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemovePremisesFromGroup($groupId: ID!, $version: Int!, $premisesId: ID!) {\n    removePremisesFromGroup(groupId: $groupId, version: $version, premisesId: $premisesId) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation RemovePremisesFromGroup($groupId: ID!, $version: Int!, $premisesId: ID!) {\n    removePremisesFromGroup(groupId: $groupId, version: $version, premisesId: $premisesId) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupBoard($filter: GroupFilter, $pageSize: Int!) {\n    groups(filter: $filter, pageSize: $pageSize) {\n      total\n      items {\n        id\n        name\n        stage\n        updatedAt\n        leadAgency {\n          id\n          name\n        }\n        coordinator {\n          id\n          displayName\n        }\n        premises {\n          id\n          name\n          postcode\n        }\n        taskCounts {\n          open\n          overdue\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GroupBoard($filter: GroupFilter, $pageSize: Int!) {\n    groups(filter: $filter, pageSize: $pageSize) {\n      total\n      items {\n        id\n        name\n        stage\n        updatedAt\n        leadAgency {\n          id\n          name\n        }\n        coordinator {\n          id\n          displayName\n        }\n        premises {\n          id\n          name\n          postcode\n        }\n        taskCounts {\n          open\n          overdue\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupDetail($id: ID!) {\n    group(id: $id) {\n      ...GroupTasks\n      id\n      name\n      objective\n      termsOfReference\n      stage\n      nextStages\n      closureSummary\n      reviewSchedule\n      monitoringEndsOn\n      closedAt\n      version\n      createdAt\n      updatedAt\n      leadAgency {\n        id\n        name\n      }\n      coordinator {\n        id\n        displayName\n      }\n      premises {\n        id\n        name\n        addressLine1\n        postcode\n        status\n      }\n      agencies {\n        id\n        agency {\n          id\n          name\n          type\n          officers {\n            id\n            name\n            jobTitle\n            active\n          }\n        }\n      }\n      officers {\n        id\n        officer {\n          id\n          name\n          jobTitle\n          agencyId\n        }\n      }\n      timeline {\n        id\n        occurredAt\n        kind\n        summary\n        user {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GroupDetail($id: ID!) {\n    group(id: $id) {\n      ...GroupTasks\n      id\n      name\n      objective\n      termsOfReference\n      stage\n      nextStages\n      closureSummary\n      reviewSchedule\n      monitoringEndsOn\n      closedAt\n      version\n      createdAt\n      updatedAt\n      leadAgency {\n        id\n        name\n      }\n      coordinator {\n        id\n        displayName\n      }\n      premises {\n        id\n        name\n        addressLine1\n        postcode\n        status\n      }\n      agencies {\n        id\n        agency {\n          id\n          name\n          type\n          officers {\n            id\n            name\n            jobTitle\n            active\n          }\n        }\n      }\n      officers {\n        id\n        officer {\n          id\n          name\n          jobTitle\n          agencyId\n        }\n      }\n      timeline {\n        id\n        occurredAt\n        kind\n        summary\n        user {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupFormChoices {\n    agencies {\n      id\n      name\n    }\n    groupCoordinatorCandidates {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  query GroupFormChoices {\n    agencies {\n      id\n      name\n    }\n    groupCoordinatorCandidates {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeGroupStage($id: ID!, $version: Int!, $input: GroupStageInput!) {\n    changeGroupStage(id: $id, version: $version, input: $input) {\n      id\n      stage\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeGroupStage($id: ID!, $version: Int!, $input: GroupStageInput!) {\n    changeGroupStage(id: $id, version: $version, input: $input) {\n      id\n      stage\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FormGroup($input: NewGroupInput!) {\n    formGroup(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation FormGroup($input: NewGroupInput!) {\n    formGroup(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StartingPremises($id: ID!) {\n    premises(id: $id) {\n      id\n      name\n      postcode\n    }\n  }\n"): (typeof documents)["\n  query StartingPremises($id: ID!) {\n    premises(id: $id) {\n      id\n      name\n      postcode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindPremisesForGroup($text: String!) {\n    searchPremises(filter: { text: $text }, pageSize: 10) {\n      items {\n        id\n        name\n        postcode\n      }\n    }\n  }\n"): (typeof documents)["\n  query FindPremisesForGroup($text: String!) {\n    searchPremises(filter: { text: $text }, pageSize: 10) {\n      items {\n        id\n        name\n        postcode\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurrentUser {\n    me {\n      id\n      displayName\n      email\n      role\n      agencyId\n    }\n  }\n"): (typeof documents)["\n  query CurrentUser {\n    me {\n      id\n      displayName\n      email\n      role\n      agencyId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      displayName\n      email\n      role\n      agencyId\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      displayName\n      email\n      role\n      agencyId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePower($input: PowerInput!) {\n    createPower(input: $input) {\n      id\n      code\n      name\n      legalBasis\n      category\n      entry\n      holderAgencyTypes\n      premisesKinds\n      conditions\n      minDuration\n      maxDuration\n      noticePeriod\n      minCompliancePeriod\n      requiresWrittenAuthorisation\n      effectiveFrom\n      effectiveTo\n      notes\n      source\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePower($input: PowerInput!) {\n    createPower(input: $input) {\n      id\n      code\n      name\n      legalBasis\n      category\n      entry\n      holderAgencyTypes\n      premisesKinds\n      conditions\n      minDuration\n      maxDuration\n      noticePeriod\n      minCompliancePeriod\n      requiresWrittenAuthorisation\n      effectiveFrom\n      effectiveTo\n      notes\n      source\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PowerToEdit($id: ID!) {\n    power(id: $id) {\n      id\n      code\n      name\n      legalBasis\n      category\n      entry\n      holderAgencyTypes\n      premisesKinds\n      conditions\n      minDuration\n      maxDuration\n      noticePeriod\n      minCompliancePeriod\n      requiresWrittenAuthorisation\n      effectiveFrom\n      effectiveTo\n      notes\n      source\n      version\n    }\n  }\n"): (typeof documents)["\n  query PowerToEdit($id: ID!) {\n    power(id: $id) {\n      id\n      code\n      name\n      legalBasis\n      category\n      entry\n      holderAgencyTypes\n      premisesKinds\n      conditions\n      minDuration\n      maxDuration\n      noticePeriod\n      minCompliancePeriod\n      requiresWrittenAuthorisation\n      effectiveFrom\n      effectiveTo\n      notes\n      source\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePower($id: ID!, $input: PowerInput!, $version: Int!) {\n    updatePower(id: $id, input: $input, version: $version) {\n      id\n      code\n      name\n      legalBasis\n      category\n      entry\n      holderAgencyTypes\n      premisesKinds\n      conditions\n      minDuration\n      maxDuration\n      noticePeriod\n      minCompliancePeriod\n      requiresWrittenAuthorisation\n      effectiveFrom\n      effectiveTo\n      notes\n      source\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePower($id: ID!, $input: PowerInput!, $version: Int!) {\n    updatePower(id: $id, input: $input, version: $version) {\n      id\n      code\n      name\n      legalBasis\n      category\n      entry\n      holderAgencyTypes\n      premisesKinds\n      conditions\n      minDuration\n      maxDuration\n      noticePeriod\n      minCompliancePeriod\n      requiresWrittenAuthorisation\n      effectiveFrom\n      effectiveTo\n      notes\n      source\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PowerDetail($id: ID!) {\n    power(id: $id) {\n      id\n      code\n      name\n      legalBasis\n      category\n      entry\n      holderAgencyTypes\n      premisesKinds\n      conditions\n      minDuration\n      maxDuration\n      noticePeriod\n      minCompliancePeriod\n      requiresWrittenAuthorisation\n      effectiveFrom\n      effectiveTo\n      notes\n      source\n      version\n    }\n  }\n"): (typeof documents)["\n  query PowerDetail($id: ID!) {\n    power(id: $id) {\n      id\n      code\n      name\n      legalBasis\n      category\n      entry\n      holderAgencyTypes\n      premisesKinds\n      conditions\n      minDuration\n      maxDuration\n      noticePeriod\n      minCompliancePeriod\n      requiresWrittenAuthorisation\n      effectiveFrom\n      effectiveTo\n      notes\n      source\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Powers($filter: PowerFilter) {\n    powers(filter: $filter) {\n      id\n      name\n      legalBasis\n      category\n      entry\n      holderAgencyTypes\n    }\n  }\n"): (typeof documents)["\n  query Powers($filter: PowerFilter) {\n    powers(filter: $filter) {\n      id\n      name\n      legalBasis\n      category\n      entry\n      holderAgencyTypes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyChoices {\n    agencies {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query AgencyChoices {\n    agencies {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SharePremisesWithAgency($premisesId: ID!, $agencyId: ID!) {\n    sharePremisesWithAgency(premisesId: $premisesId, agencyId: $agencyId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SharePremisesWithAgency($premisesId: ID!, $agencyId: ID!) {\n    sharePremisesWithAgency(premisesId: $premisesId, agencyId: $agencyId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StopSharingPremisesWithAgency($premisesId: ID!, $agencyId: ID!) {\n    stopSharingPremisesWithAgency(premisesId: $premisesId, agencyId: $agencyId)\n  }\n"): (typeof documents)["\n  mutation StopSharingPremisesWithAgency($premisesId: ID!, $agencyId: ID!) {\n    stopSharingPremisesWithAgency(premisesId: $premisesId, agencyId: $agencyId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PremisesToEdit($id: ID!) {\n    premises(id: $id) {\n      id\n      name\n      addressLine1\n      addressLine2\n      town\n      postcode\n      uprn\n      kind\n      use\n      status\n      licensableActivity\n      concernSummary\n      version\n    }\n  }\n"): (typeof documents)["\n  query PremisesToEdit($id: ID!) {\n    premises(id: $id) {\n      id\n      name\n      addressLine1\n      addressLine2\n      town\n      postcode\n      uprn\n      kind\n      use\n      status\n      licensableActivity\n      concernSummary\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePremises($id: ID!, $input: PremisesInput!, $version: Int!) {\n    updatePremises(id: $id, input: $input, version: $version) {\n      id\n      name\n      addressLine1\n      addressLine2\n      town\n      postcode\n      uprn\n      kind\n      use\n      status\n      licensableActivity\n      concernSummary\n      version\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePremises($id: ID!, $input: PremisesInput!, $version: Int!) {\n    updatePremises(id: $id, input: $input, version: $version) {\n      id\n      name\n      addressLine1\n      addressLine2\n      town\n      postcode\n      uprn\n      kind\n      use\n      status\n      licensableActivity\n      concernSummary\n      version\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindPeople($text: String!) {\n    findPeople(text: $text) {\n      id\n      fullName\n      nicknames\n      dateOfBirth\n    }\n  }\n"): (typeof documents)["\n  query FindPeople($text: String!) {\n    findPeople(text: $text) {\n      id\n      fullName\n      nicknames\n      dateOfBirth\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkPersonToPremises($premisesId: ID!, $input: LinkPersonInput!) {\n    linkPersonToPremises(premisesId: $premisesId, input: $input) {\n      id\n      role\n      person {\n        id\n        fullName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LinkPersonToPremises($premisesId: ID!, $input: LinkPersonInput!) {\n    linkPersonToPremises(premisesId: $premisesId, input: $input) {\n      id\n      role\n      person {\n        id\n        fullName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkBusinessToPremises($premisesId: ID!, $input: LinkBusinessInput!) {\n    linkBusinessToPremises(premisesId: $premisesId, input: $input) {\n      id\n      business {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LinkBusinessToPremises($premisesId: ID!, $input: LinkBusinessInput!) {\n    linkBusinessToPremises(premisesId: $premisesId, input: $input) {\n      id\n      business {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlinkBusinessFromPremises($linkId: ID!) {\n    unlinkBusinessFromPremises(linkId: $linkId)\n  }\n"): (typeof documents)["\n  mutation UnlinkBusinessFromPremises($linkId: ID!) {\n    unlinkBusinessFromPremises(linkId: $linkId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlinkPersonFromPremises($linkId: ID!) {\n    unlinkPersonFromPremises(linkId: $linkId)\n  }\n"): (typeof documents)["\n  mutation UnlinkPersonFromPremises($linkId: ID!) {\n    unlinkPersonFromPremises(linkId: $linkId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkVehicleToPremises($premisesId: ID!, $input: LinkVehicleInput!) {\n    linkVehicleToPremises(premisesId: $premisesId, input: $input) {\n      id\n      vehicle {\n        id\n        registration\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LinkVehicleToPremises($premisesId: ID!, $input: LinkVehicleInput!) {\n    linkVehicleToPremises(premisesId: $premisesId, input: $input) {\n      id\n      vehicle {\n        id\n        registration\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlinkVehicleFromPremises($linkId: ID!) {\n    unlinkVehicleFromPremises(linkId: $linkId)\n  }\n"): (typeof documents)["\n  mutation UnlinkVehicleFromPremises($linkId: ID!) {\n    unlinkVehicleFromPremises(linkId: $linkId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePremises($input: PremisesInput!) {\n    createPremises(input: $input) {\n      id\n      name\n      addressLine1\n      addressLine2\n      town\n      postcode\n      uprn\n      kind\n      use\n      status\n      licensableActivity\n      concernSummary\n      version\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePremises($input: PremisesInput!) {\n    createPremises(input: $input) {\n      id\n      name\n      addressLine1\n      addressLine2\n      town\n      postcode\n      uprn\n      kind\n      use\n      status\n      licensableActivity\n      concernSummary\n      version\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PremisesDetail($id: ID!) {\n    premises(id: $id) {\n      id\n      name\n      addressLine1\n      addressLine2\n      town\n      postcode\n      uprn\n      kind\n      use\n      status\n      licensableActivity\n      concernSummary\n      version\n      createdAt\n      updatedAt\n      people {\n        id\n        role\n        person {\n          id\n          fullName\n          nicknames\n          dateOfBirth\n        }\n      }\n      vehicles {\n        id\n        notes\n        vehicle {\n          id\n          registration\n          make\n          model\n          colour\n        }\n      }\n      businesses {\n        id\n        relationship\n        business {\n          id\n          name\n          companyNumber\n        }\n      }\n      agencies {\n        id\n        agency {\n          id\n          name\n          type\n        }\n      }\n      associatedPremises {\n        premisesId\n        premises {\n          id\n          name\n          postcode\n          status\n        }\n        through {\n          id\n          fullName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PremisesDetail($id: ID!) {\n    premises(id: $id) {\n      id\n      name\n      addressLine1\n      addressLine2\n      town\n      postcode\n      uprn\n      kind\n      use\n      status\n      licensableActivity\n      concernSummary\n      version\n      createdAt\n      updatedAt\n      people {\n        id\n        role\n        person {\n          id\n          fullName\n          nicknames\n          dateOfBirth\n        }\n      }\n      vehicles {\n        id\n        notes\n        vehicle {\n          id\n          registration\n          make\n          model\n          colour\n        }\n      }\n      businesses {\n        id\n        relationship\n        business {\n          id\n          name\n          companyNumber\n        }\n      }\n      agencies {\n        id\n        agency {\n          id\n          name\n          type\n        }\n      }\n      associatedPremises {\n        premisesId\n        premises {\n          id\n          name\n          postcode\n          status\n        }\n        through {\n          id\n          fullName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchPremises($filter: PremisesFilter, $page: Int!, $pageSize: Int!) {\n    searchPremises(filter: $filter, page: $page, pageSize: $pageSize) {\n      total\n      page\n      pageSize\n      items {\n        id\n        name\n        addressLine1\n        addressLine2\n        town\n        postcode\n        kind\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchPremises($filter: PremisesFilter, $page: Int!, $pageSize: Int!) {\n    searchPremises(filter: $filter, page: $page, pageSize: $pageSize) {\n      total\n      page\n      pageSize\n      items {\n        id\n        name\n        addressLine1\n        addressLine2\n        town\n        postcode\n        kind\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddTask($groupId: ID!, $input: TaskInput!) {\n    addTask(groupId: $groupId, input: $input) {\n      ...TaskSummary\n      details\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation AddTask($groupId: ID!, $input: TaskInput!) {\n    addTask(groupId: $groupId, input: $input) {\n      ...TaskSummary\n      details\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskToEdit($id: ID!) {\n    task(id: $id) {\n      id\n      title\n      details\n      dueOn\n      priority\n      version\n      ownerAgency {\n        id\n      }\n      ownerOfficer {\n        id\n      }\n      group {\n        name\n        ...TaskOwnerChoices\n      }\n    }\n  }\n"): (typeof documents)["\n  query TaskToEdit($id: ID!) {\n    task(id: $id) {\n      id\n      title\n      details\n      dueOn\n      priority\n      version\n      ownerAgency {\n        id\n      }\n      ownerOfficer {\n        id\n      }\n      group {\n        name\n        ...TaskOwnerChoices\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTask($id: ID!, $version: Int!, $input: TaskInput!) {\n    updateTask(id: $id, version: $version, input: $input) {\n      ...TaskSummary\n      details\n      updatedAt\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTask($id: ID!, $version: Int!, $input: TaskInput!) {\n    updateTask(id: $id, version: $version, input: $input) {\n      ...TaskSummary\n      details\n      updatedAt\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTasks($includeFinished: Boolean!) {\n    myTasks(includeFinished: $includeFinished) {\n      ...TaskSummary\n    }\n  }\n"): (typeof documents)["\n  query MyTasks($includeFinished: Boolean!) {\n    myTasks(includeFinished: $includeFinished) {\n      ...TaskSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupForNewTask($id: ID!) {\n    group(id: $id) {\n      name\n      ...TaskOwnerChoices\n    }\n  }\n"): (typeof documents)["\n  query GroupForNewTask($id: ID!) {\n    group(id: $id) {\n      name\n      ...TaskOwnerChoices\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommentOnTask($taskId: ID!, $body: String!) {\n    commentOnTask(taskId: $taskId, body: $body) {\n      ...TaskCommentItem\n    }\n  }\n"): (typeof documents)["\n  mutation CommentOnTask($taskId: ID!, $body: String!) {\n    commentOnTask(taskId: $taskId, body: $body) {\n      ...TaskCommentItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskDetail($id: ID!) {\n    task(id: $id) {\n      ...TaskSummary\n      details\n      completedAt\n      updatedAt\n      version\n      comments {\n        ...TaskCommentItem\n      }\n    }\n  }\n"): (typeof documents)["\n  query TaskDetail($id: ID!) {\n    task(id: $id) {\n      ...TaskSummary\n      details\n      completedAt\n      updatedAt\n      version\n      comments {\n        ...TaskCommentItem\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TaskCommentItem on TaskComment {\n    id\n    body\n    createdAt\n    author {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment TaskCommentItem on TaskComment {\n    id\n    body\n    createdAt\n    author {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TaskSummary on Task {\n    id\n    title\n    status\n    priority\n    dueOn\n    overdue\n    group {\n      id\n      name\n      stage\n    }\n    ownerAgency {\n      id\n      name\n    }\n    ownerOfficer {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment TaskSummary on Task {\n    id\n    title\n    status\n    priority\n    dueOn\n    overdue\n    group {\n      id\n      name\n      stage\n    }\n    ownerAgency {\n      id\n      name\n    }\n    ownerOfficer {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TaskOwnerChoices on TaskAndFinishGroup {\n    id\n    stage\n    agencies {\n      id\n      agency {\n        id\n        name\n        officers {\n          id\n          name\n          active\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment TaskOwnerChoices on TaskAndFinishGroup {\n    id\n    stage\n    agencies {\n      id\n      agency {\n        id\n        name\n        officers {\n          id\n          name\n          active\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GroupTasks on TaskAndFinishGroup {\n    id\n    stage\n    ...TaskOwnerChoices\n    tasks {\n      ...TaskSummary\n    }\n  }\n"): (typeof documents)["\n  fragment GroupTasks on TaskAndFinishGroup {\n    id\n    stage\n    ...TaskOwnerChoices\n    tasks {\n      ...TaskSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTaskStatus($id: ID!, $version: Int!, $status: TaskStatus!, $comment: String) {\n    setTaskStatus(id: $id, version: $version, status: $status, comment: $comment) {\n      id\n      status\n      overdue\n      completedAt\n      updatedAt\n      version\n      comments {\n        ...TaskCommentItem\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetTaskStatus($id: ID!, $version: Int!, $status: TaskStatus!, $comment: String) {\n    setTaskStatus(id: $id, version: $version, status: $status, comment: $comment) {\n      id\n      status\n      overdue\n      completedAt\n      updatedAt\n      version\n      comments {\n        ...TaskCommentItem\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;