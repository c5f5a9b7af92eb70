import { Outlet, useLocation } from 'react-router';
import {
  mayAdminister,
  mayCoordinate,
  mayReadBoardReports,
  mayReadIntelligence,
  maySeePersonalData,
  ROLE_LABELS,
  type Role,
} from '@lantern/shared/domain';
import {
  PageLayout,
  PhaseBanner,
  ServiceFooter,
  ServiceHeader,
  SERVICE_NAME,
  type NavigationItem,
} from '@lantern/web/ui';
import { useCurrentUser, useSignOut } from '@lantern/web/identity';
import { NotificationsLink } from '@lantern/web/notifications';
import { useFocusOnPageChange } from './route-focus';

const SECTIONS: { href: string; text: string; allowed: (role: Role) => boolean }[] = [
  { href: '/tasks', text: 'My tasks', allowed: maySeePersonalData },
  { href: '/groups', text: 'Groups', allowed: maySeePersonalData },
  { href: '/premises', text: 'Premises', allowed: maySeePersonalData },
  { href: '/reports', text: 'Reports', allowed: maySeePersonalData },
  { href: '/meetings', text: 'Meetings', allowed: mayReadIntelligence },
  { href: '/monitoring', text: 'Monitoring', allowed: mayCoordinate },
  { href: '/board-report', text: 'Board report', allowed: mayReadBoardReports },
  { href: '/agencies', text: 'Agencies', allowed: () => true },
  { href: '/powers', text: 'Powers', allowed: () => true },
  { href: '/users', text: 'Users', allowed: mayAdminister },
];

/** Every page: the header with the sections this user may use, who is signed in, and the footer. */
export function AppLayout() {
  const { user } = useCurrentUser();
  const { signOut, signingOut } = useSignOut();
  const { pathname } = useLocation();
  useFocusOnPageChange();
  const navigation: NavigationItem[] = user
    ? SECTIONS.filter((section) => section.allowed(user.role)).map((section) => ({
        href: section.href,
        text: section.text,
        active: pathname === section.href || pathname.startsWith(`${section.href}/`),
      }))
    : [];
  return (
    <PageLayout
      header={
        <ServiceHeader
          serviceName={SERVICE_NAME}
          navigation={navigation}
          user={user ? { displayName: user.displayName, roleLabel: ROLE_LABELS[user.role] } : null}
          onSignOut={() => void signOut()}
          signingOut={signingOut}
          accountLinks={user ? <NotificationsLink /> : null}
        >
          <PhaseBanner>
            This is a new service. Information here is sensitive: use it only for safeguarding work.
          </PhaseBanner>
        </ServiceHeader>
      }
      footer={
        <ServiceFooter description="Lantern: planning and tracking multi-agency disruption of child sexual exploitation at premises." />
      }
    >
      <Outlet />
    </PageLayout>
  );
}
