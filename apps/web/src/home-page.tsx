import { Link } from 'react-router';
import {
  mayAdminister,
  mayEditPremises,
  mayReadBoardReports,
  mayReadIntelligence,
  maySeePersonalData,
} from '@lantern/shared/domain';
import { PageHeading, usePageTitle } from '@lantern/web/ui';
import { useCurrentUser } from '@lantern/web/identity';

interface Destination {
  href: string;
  title: string;
  description: string;
}

/** Where each user can go from here, depending on what their role lets them do. */
function destinationsFor(role: Parameters<typeof maySeePersonalData>[0]): Destination[] {
  const destinations: Destination[] = [];
  if (maySeePersonalData(role)) {
    destinations.push({
      href: '/tasks',
      title: 'My tasks',
      description: 'The visits you are asked to attend, and the tasks given to you or your agency, overdue ones first.',
    });
    destinations.push({
      href: '/groups',
      title: 'Task and finish groups',
      description: 'The groups disrupting premises of concern, by stage: their members, tasks, visits and timeline.',
    });
    destinations.push({
      href: '/premises',
      title: 'Premises',
      description: 'Find premises of concern and see the people, vehicles and businesses linked to them.',
    });
    destinations.push({
      href: '/reports/new',
      title: 'Submit an information report',
      description:
        'Tell the specialist CSE team about a place, a person or a vehicle; see what became of your reports.',
    });
    if (mayReadIntelligence(role))
      destinations.push({
        href: '/meetings',
        title: 'Weekly intelligence meetings',
        description: 'The agenda drawn from recent reports, minutes and decisions.',
      });
    if (mayEditPremises(role))
      destinations.push({
        href: '/premises/new',
        title: 'Add premises',
        description: 'Record a new premises of concern.',
      });
  }
  if (mayReadBoardReports(role))
    destinations.push({
      href: '/board-report',
      title: 'Board report',
      description: 'Outcomes over a period and an area, by agency and power, for the partnership board: counts only.',
    });
  destinations.push({
    href: '/agencies',
    title: 'Agencies',
    description: mayAdminister(role)
      ? 'Manage the partner agencies and their officers.'
      : 'See the partner agencies taking part.',
  });
  destinations.push({
    href: '/powers',
    title: 'Powers',
    description: 'The legal powers each kind of agency holds, and where they apply.',
  });
  return destinations;
}

export function HomePage() {
  usePageTitle('Home');
  const { user } = useCurrentUser();
  if (!user) return null;
  return (
    <>
      <PageHeading>Lantern</PageHeading>
      <p className="govuk-body-l">Plan and track multi-agency disruption of child sexual exploitation at premises.</p>
      <h2 className="govuk-heading-m">What you can do</h2>
      <ul className="lantern-card-list">
        {destinationsFor(user.role).map((destination) => (
          <li key={destination.href}>
            <h3 className="govuk-heading-s govuk-!-margin-bottom-1">
              <Link className="govuk-link" to={destination.href}>
                {destination.title}
              </Link>
            </h3>
            <p className="govuk-body govuk-!-margin-bottom-0">{destination.description}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
