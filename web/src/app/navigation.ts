import {
  IconAward,
  IconCalendarEvent,
  IconCertificate,
  IconChartBar,
  IconClipboardCheck,
  IconCoin,
  IconDice,
  IconFileCertificate,
  IconHome,
  IconInbox,
  IconListCheck,
  IconListDetails,
  IconNotebook,
  IconReceiptEuro,
  IconReportAnalytics,
  IconRoute,
  IconScale,
  IconSchool,
  IconSettings,
  IconUser,
  IconUserCheck,
  IconUsersGroup,
  IconZoomCheck,
} from '@tabler/icons-react';
import type { RegisteredRouter } from '@tanstack/react-router';
import type { ComponentType } from 'react';
import type { Role, RoleAssignment } from '../../../contracts/identity.js';
import type nl from '../i18n/nl.json';

/** A page the router knows. */
export type AppPath = keyof RegisteredRouter['routesByPath'];

export interface NavItem {
  to: AppPath;
  /** key under `nav.` in the catalogues */
  label: keyof typeof nl.nav;
  icon: ComponentType<{ size?: number; stroke?: number; 'aria-hidden'?: boolean }>;
  /** who sees the item and may open its page */
  roles: 'everyone' | readonly Role[];
}

/** The one place that says which page each role sees: add a module's page with one line. */
export const navigation: readonly NavItem[] = [
  { to: '/', label: 'start', icon: IconHome, roles: 'everyone' },
  { to: '/profile', label: 'profile', icon: IconUser, roles: 'everyone' },
  { to: '/advies', label: 'advice', icon: IconListCheck, roles: 'everyone' },
  { to: '/teaching-profile', label: 'teachingProfile', icon: IconSchool, roles: ['teacher'] },
  { to: '/qualifications', label: 'qualifications', icon: IconAward, roles: ['teacher'] },
  { to: '/trajectories', label: 'trajectories', icon: IconRoute, roles: ['teacher'] },
  { to: '/cost-approvals', label: 'costApprovals', icon: IconCoin, roles: ['line-manager'] },
  { to: '/register', label: 'register', icon: IconNotebook, roles: ['teacher'] },
  { to: '/register/progress', label: 'registerProgress', icon: IconChartBar, roles: ['teacher'] },
  { to: '/register/audits', label: 'myAudits', icon: IconZoomCheck, roles: ['teacher'] },
  { to: '/provider', label: 'providerActivities', icon: IconCertificate, roles: ['provider'] },
  { to: '/audit/draws', label: 'auditDraws', icon: IconDice, roles: ['coordinator'] },
  { to: '/audit/reviews', label: 'auditReviews', icon: IconClipboardCheck, roles: ['assessor'] },
  {
    to: '/register-compliance',
    label: 'registerCompliance',
    icon: IconReportAnalytics,
    roles: ['coordinator'],
  },
  { to: '/teaching-profiles', label: 'confirmProfiles', icon: IconUserCheck, roles: ['line-manager'] },
  { to: '/intakes', label: 'intakes', icon: IconInbox, roles: ['educational-adviser'] },
  { to: '/caseload', label: 'caseload', icon: IconUsersGroup, roles: ['educational-adviser'] },
  { to: '/policies', label: 'policies', icon: IconScale, roles: ['administrator', 'coordinator'] },
  {
    to: '/compliance',
    label: 'compliance',
    icon: IconFileCertificate,
    roles: ['line-manager', 'coordinator', 'administrator'],
  },
  {
    to: '/trajectories-overview',
    label: 'trajectoriesOverview',
    icon: IconListDetails,
    roles: ['coordinator'],
  },
  { to: '/assessment-weeks', label: 'assessmentWeeks', icon: IconCalendarEvent, roles: ['coordinator'] },
  {
    to: '/trajectory-catalogue',
    label: 'trajectoryCatalogue',
    icon: IconReceiptEuro,
    roles: ['coordinator'],
  },
  { to: '/admin', label: 'admin', icon: IconSettings, roles: ['administrator'] },
];

const mayUse = (item: NavItem, assignments: readonly RoleAssignment[]) =>
  item.roles === 'everyone' || assignments.some((assignment) => item.roles.includes(assignment.role));

export const visibleNavigation = (assignments: readonly RoleAssignment[]) =>
  navigation.filter((item) => mayUse(item, assignments));

/** Whether the navigation would show the page at `path` to this person; unknown paths are closed. */
export function mayOpen(path: string, assignments: readonly RoleAssignment[]): boolean {
  const item = navigation.find((candidate) => candidate.to === path);
  return item !== undefined && mayUse(item, assignments);
}
