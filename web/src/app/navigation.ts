import { IconHome, IconSettings, IconUser } from '@tabler/icons-react';
import type { ComponentType } from 'react';
import type { Role, RoleAssignment } from '../../../contracts/identity.js';

/** Paths of the pages in the navigation; the router registers each of them. */
export type AppPath = '/' | '/profile' | '/admin';

export interface NavItem {
  to: AppPath;
  /** key under `nav.` in the catalogues */
  label: 'start' | 'profile' | 'admin';
  icon: ComponentType<{ size?: number; stroke?: number; 'aria-hidden'?: boolean }>;
  /** who sees the item and may open its page */
  roles: 'everyone' | readonly Role[];
}

/** The one place that says which page each role sees: add a module's page with one line. */
export const navigation: readonly NavItem[] = [
  { to: '/', label: 'start', icon: IconHome, roles: 'everyone' },
  { to: '/profile', label: 'profile', icon: IconUser, roles: 'everyone' },
  { to: '/admin', label: 'admin', icon: IconSettings, roles: ['administrator'] },
];

const mayUse = (item: NavItem, assignments: readonly RoleAssignment[]) =>
  item.roles === 'everyone' || assignments.some((assignment) => item.roles.includes(assignment.role));

export const visibleNavigation = (assignments: readonly RoleAssignment[]) =>
  navigation.filter((item) => mayUse(item, assignments));

export function mayOpen(path: AppPath, assignments: readonly RoleAssignment[]): boolean {
  const item = navigation.find((candidate) => candidate.to === path);
  return item !== undefined && mayUse(item, assignments);
}
