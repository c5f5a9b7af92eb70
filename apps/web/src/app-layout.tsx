import { Outlet, useLocation } from 'react-router';
import { maySeePersonalData, ROLE_LABELS } from '@lantern/shared/domain';
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

const SECTIONS = [
  { href: '/tasks', text: 'My tasks', forBoardMembers: false },
  { href: '/groups', text: 'Groups', forBoardMembers: false },
  { href: '/premises', text: 'Premises', forBoardMembers: false },
  { href: '/agencies', text: 'Agencies', forBoardMembers: true },
  { href: '/powers', text: 'Powers', forBoardMembers: true },
];

/** Every page: the header with the sections this user may use, who is signed in, and the footer. */
export function AppLayout() {
  const { user } = useCurrentUser();
  const { signOut, signingOut } = useSignOut();
  const { pathname } = useLocation();
  useFocusOnPageChange();
  const navigation: NavigationItem[] = user
    ? SECTIONS.filter((section) => section.forBoardMembers || maySeePersonalData(user.role)).map((section) => ({
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
