import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import {
  mayAdminister,
  mayCoordinate,
  mayEditPremises,
  mayReadBoardReports,
  mayReadIntelligence,
  mayReport,
  maySeePersonalData,
} from '@lantern/shared/domain';
import { LoadingPage, PageNotFound } from '@lantern/web/ui';
import {
  AgenciesPage,
  AgencyPage,
  EditAgencyPage,
  EditOfficerPage,
  NewAgencyPage,
  NewOfficerPage,
} from '@lantern/web/agencies';
import { NewUserPage, UsersPage } from '@lantern/web/users';
import { RequireRole, RequireSignIn, SignInPage } from '@lantern/web/identity';
import { EditPowerPage, NewPowerPage, PowerPage, PowersPage } from '@lantern/web/powers';
import { EditGroupPage, GroupBoardPage, GroupPage, NewGroupPage } from '@lantern/web/groups';
import { EditPremisesPage, NewPremisesPage, PremisesPage, PremisesSearchPage } from '@lantern/web/premises';
import { EditTaskPage, MyTasksPage, NewTaskPage, TaskPage } from '@lantern/web/tasks';
import {
  EditVisitPlanPage,
  NewVisitPlanPage,
  RecordUnplannedVisitPage,
  RecordVisitPage,
  VisitPlanPage,
  VisitRecordPage,
  EditVisitRecordPage,
} from '@lantern/web/visits';
import { ActionPage, RecordActionPage } from '@lantern/web/enforcement';
import { MonitoringListPage, MonitoringPage, StartMonitoringPage } from '@lantern/web/monitoring';
import { MosaicPage, ReportPage, ReportsPage, SubmitReportPage } from '@lantern/web/intelligence';
import { MeetingPage, MeetingsPage } from '@lantern/web/meetings';
import { NotificationsPage } from '@lantern/web/notifications';
import { AppLayout } from './app-layout';
import { HomePage } from './home-page';

/** Loaded when first visited: its charting library stays out of the first download. */
const BoardReportPage = lazy(() => import('@lantern/web/reports').then((m) => ({ default: m.BoardReportPage })));

/**
 * Every page of the app. Role checks here only spare a request and say "You do not have access" plainly:
 * the API enforces them anyway.
 */
export function App() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route path="sign-in" element={<SignInPage />} />
        <Route element={<RequireSignIn />}>
          <Route index element={<HomePage />} />
          <Route path="notifications" element={<NotificationsPage />} />

          <Route element={<RequireRole allowed={maySeePersonalData} />}>
            <Route path="premises" element={<PremisesSearchPage />} />
            <Route path="premises/:id" element={<PremisesPage />} />
            <Route path="tasks" element={<MyTasksPage />} />
            <Route path="tasks/:id" element={<TaskPage />} />
            <Route path="groups" element={<GroupBoardPage />} />
            <Route path="groups/:id" element={<GroupPage />} />
          </Route>
          <Route element={<RequireRole allowed={mayCoordinate} />}>
            <Route path="groups/new" element={<NewGroupPage />} />
            <Route path="groups/:id/edit" element={<EditGroupPage />} />
            <Route path="groups/:groupId/tasks/new" element={<NewTaskPage />} />
            <Route path="tasks/:id/edit" element={<EditTaskPage />} />
          </Route>
          <Route element={<RequireRole allowed={mayEditPremises} />}>
            <Route path="premises/new" element={<NewPremisesPage />} />
            <Route path="premises/:id/edit" element={<EditPremisesPage />} />
          </Route>

          <Route element={<RequireRole allowed={maySeePersonalData} />}>
            <Route path="visits/:id" element={<VisitPlanPage />} />
            <Route path="visits/:id/record" element={<RecordVisitPage />} />
            <Route path="premises/:id/visits/record" element={<RecordUnplannedVisitPage />} />
            <Route path="visit-records/:id" element={<VisitRecordPage />} />
            <Route path="visit-records/:id/edit" element={<EditVisitRecordPage />} />
            <Route path="premises/:id/actions/new" element={<RecordActionPage />} />
            <Route path="actions/:id" element={<ActionPage />} />
          </Route>
          <Route element={<RequireRole allowed={mayCoordinate} />}>
            <Route path="groups/:groupId/visits/new" element={<NewVisitPlanPage />} />
            <Route path="visits/:id/edit" element={<EditVisitPlanPage />} />
            <Route path="monitoring" element={<MonitoringListPage />} />
            <Route path="monitoring/:id" element={<MonitoringPage />} />
            <Route path="premises/:id/monitoring/new" element={<StartMonitoringPage />} />
          </Route>

          <Route element={<RequireRole allowed={mayReport} />}>
            <Route path="reports" element={<ReportsPage />} />
            <Route path="reports/new" element={<SubmitReportPage />} />
            <Route path="reports/:id" element={<ReportPage />} />
          </Route>
          <Route element={<RequireRole allowed={mayReadIntelligence} />}>
            <Route path="premises/:id/mosaic" element={<MosaicPage of="premises" />} />
            <Route path="people/:id/mosaic" element={<MosaicPage of="person" />} />
            <Route path="meetings" element={<MeetingsPage />} />
            <Route path="meetings/:id" element={<MeetingPage />} />
          </Route>

          <Route element={<RequireRole allowed={mayReadBoardReports} />}>
            <Route
              path="board-report"
              element={
                <Suspense fallback={<LoadingPage what="the board report" />}>
                  <BoardReportPage />
                </Suspense>
              }
            />
          </Route>

          <Route path="agencies" element={<AgenciesPage />} />
          <Route path="agencies/:id" element={<AgencyPage />} />
          <Route path="powers" element={<PowersPage />} />
          <Route path="powers/:id" element={<PowerPage />} />
          <Route element={<RequireRole allowed={mayAdminister} />}>
            <Route path="agencies/new" element={<NewAgencyPage />} />
            <Route path="agencies/:id/edit" element={<EditAgencyPage />} />
            <Route path="agencies/:agencyId/officers/new" element={<NewOfficerPage />} />
            <Route path="officers/:id/edit" element={<EditOfficerPage />} />
            <Route path="powers/new" element={<NewPowerPage />} />
            <Route path="powers/:id/edit" element={<EditPowerPage />} />
            <Route path="users" element={<UsersPage />} />
            <Route path="users/new" element={<NewUserPage />} />
          </Route>

          <Route path="*" element={<PageNotFound />} />
        </Route>
      </Route>
    </Routes>
  );
}
