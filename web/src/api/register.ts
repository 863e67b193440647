import { queryOptions } from '@tanstack/react-query';
import {
  EvidenceFile,
  RegisterActivity,
  type RegisterActivityInputRaw,
  RegisterActivityList,
  RegisterCatalogue,
  RegisterProgress,
  RegisterSettings,
  type RegisterSettingsInputRaw,
} from '../../../contracts/register.js';
import { MyAttendanceList } from '../../../contracts/register-providers.js';
import { request } from './client';

const v1 = '/api/v1';
const mine = `${v1}/me/register`;

export const registerApi = {
  catalogue: () => request(`${v1}/register/catalogue`, RegisterCatalogue),
  settings: () => request(`${mine}/settings`, RegisterSettings),
  saveSettings: (body: RegisterSettingsInputRaw) =>
    request(`${mine}/settings`, RegisterSettings, { method: 'PUT', body }),
  activities: () => request(`${mine}/activities`, RegisterActivityList),
  recordActivity: (body: RegisterActivityInputRaw) =>
    request(`${mine}/activities`, RegisterActivity, { method: 'POST', body }),
  changeActivity: (activityId: string, body: RegisterActivityInputRaw) =>
    request(`${mine}/activities/${activityId}`, RegisterActivity, { method: 'PUT', body }),
  removeActivity: (activityId: string) =>
    request(`${mine}/activities/${activityId}`, null, { method: 'DELETE' }),
  addEvidence: (activityId: string, file: File) => {
    const body = new FormData();
    body.append('file', file);
    return request(`${mine}/activities/${activityId}/evidence`, EvidenceFile, { method: 'POST', body });
  },
  removeEvidence: (activityId: string, evidenceId: string) =>
    request(`${mine}/activities/${activityId}/evidence/${evidenceId}`, null, { method: 'DELETE' }),
  /** the validated activities I attended, each with its certificate (R-REG-EVID-1) */
  myAttendances: () => request(`${v1}/me/attendances`, MyAttendanceList),
  progress: (periodEnd?: string) => request(`${mine}/progress`, RegisterProgress, { query: { periodEnd } }),
};

/** Where a file of evidence is downloaded: a plain link, so the browser saves it with the session cookie. */
export const evidenceUrl = (activityId: string, evidenceId: string) =>
  `${mine}/activities/${activityId}/evidence/${evidenceId}`;

export const registerKeys = {
  catalogue: ['register', 'catalogue'] as const,
  settings: ['register', 'settings'] as const,
  activities: ['register', 'activities'] as const,
  progress: ['register', 'progress'] as const,
  attendances: ['register', 'attendances'] as const,
};

// The catalogue is part of the program: it changes only with a new release.
export const registerCatalogueQuery = queryOptions({
  queryKey: registerKeys.catalogue,
  queryFn: registerApi.catalogue,
  staleTime: Infinity,
});

export const registerSettingsQuery = queryOptions({
  queryKey: registerKeys.settings,
  queryFn: registerApi.settings,
});

export const myActivitiesQuery = queryOptions({
  queryKey: registerKeys.activities,
  queryFn: registerApi.activities,
});

export const myAttendancesQuery = queryOptions({
  queryKey: registerKeys.attendances,
  queryFn: registerApi.myAttendances,
});

export const myProgressQuery = (periodEnd?: string) =>
  queryOptions({
    queryKey: [...registerKeys.progress, periodEnd ?? null],
    queryFn: () => registerApi.progress(periodEnd),
  });
