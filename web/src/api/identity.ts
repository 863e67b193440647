import { infiniteQueryOptions, keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import {
  type AssignRole,
  AuthConfig,
  type CreateInstitution,
  type CreatePerson,
  type CreateUnit,
  Institution,
  InstitutionList,
  type LoginRequest,
  Me,
  PersonPage,
  PersonSummary,
  Unit,
  type UpdateMe,
} from '../../../contracts/identity.js';
import { request } from './client';

const v1 = '/api/v1';

export const identityApi = {
  authConfig: () => request(`${v1}/auth/config`, AuthConfig),
  login: (body: LoginRequest) => request(`${v1}/auth/login`, Me, { method: 'POST', body }),
  logout: () => request(`${v1}/auth/logout`, null, { method: 'POST' }),
  me: () => request(`${v1}/me`, Me),
  updateMe: (body: UpdateMe) => request(`${v1}/me`, Me, { method: 'PATCH', body }),
  institutions: () => request(`${v1}/institutions`, InstitutionList),
  createInstitution: (body: CreateInstitution) =>
    request(`${v1}/institutions`, Institution, { method: 'POST', body }),
  createUnit: (institutionId: string, body: z.input<typeof CreateUnit>) =>
    request(`${v1}/institutions/${institutionId}/units`, Unit, { method: 'POST', body }),
  people: (query: PeopleFilter & { cursor?: string; limit?: number }) =>
    request(`${v1}/people`, PersonPage, { query }),
  createPerson: (body: z.input<typeof CreatePerson>) =>
    request(`${v1}/people`, PersonSummary, { method: 'POST', body }),
  assignRole: (personId: string, body: z.input<typeof AssignRole>) =>
    request(`${v1}/people/${personId}/roles`, PersonSummary, { method: 'POST', body }),
  revokeRole: (personId: string, assignmentId: string) =>
    request(`${v1}/people/${personId}/roles/${assignmentId}`, PersonSummary, { method: 'DELETE' }),
};

export type PeopleFilter = {
  q?: string;
  institutionId?: string;
};

export const identityKeys = {
  me: ['me'] as const,
  authConfig: ['auth-config'] as const,
  institutions: ['institutions'] as const,
  people: ['people'] as const,
};

// The session's person changes only through this app (login, profile), so it is never refetched on its own.
export const meQuery = queryOptions({
  queryKey: identityKeys.me,
  queryFn: identityApi.me,
  staleTime: Infinity,
});

export const authConfigQuery = queryOptions({
  queryKey: identityKeys.authConfig,
  queryFn: identityApi.authConfig,
  staleTime: Infinity,
});

export const institutionsQuery = queryOptions({
  queryKey: identityKeys.institutions,
  queryFn: identityApi.institutions,
});

/** Rows per page of the people list; "load more" fetches the next page. */
export const PEOPLE_PAGE_SIZE = 25;

export const peopleQuery = (filter: PeopleFilter) =>
  infiniteQueryOptions({
    queryKey: [...identityKeys.people, filter],
    queryFn: ({ pageParam }) => identityApi.people({ ...filter, cursor: pageParam, limit: PEOPLE_PAGE_SIZE }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.next ?? undefined,
    // Keep showing the last results while a new search loads, instead of flashing an empty list.
    placeholderData: keepPreviousData,
  });
