import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import {
  AuditDraw,
  AuditDrawList,
  AuditDrawRepeat,
  AuditReview,
  AuditReviewList,
  type CloseAudit,
  type DecideActivity,
  type DrawAuditSample,
} from '../../../contracts/register-audit.js';
import {
  type RegisterComplianceQuery,
  RegisterComplianceReport,
} from '../../../contracts/register-compliance.js';
import {
  Attendance,
  AttendanceImport,
  AttendanceList,
  ProviderActivity,
  ProviderActivityList,
  type PublishProviderActivity,
  type RegisterAttendance,
} from '../../../contracts/register-providers.js';
import { download, request } from './client';

const v1 = '/api/v1';
const review = (reviewId: string) => `${v1}/audit-reviews/${reviewId}`;

/** Providers' validated activities and their attendance (R-REG-EVID-1). */
export const providerApi = {
  activities: (providerId: string) =>
    request(`${v1}/providers/${providerId}/activities`, ProviderActivityList),
  publish: (providerId: string, body: PublishProviderActivity) =>
    request(`${v1}/providers/${providerId}/activities`, ProviderActivity, { method: 'POST', body }),
  activity: (id: string) => request(`${v1}/provider-activities/${id}`, ProviderActivity),
  withdraw: (id: string) =>
    request(`${v1}/provider-activities/${id}/withdraw`, ProviderActivity, { method: 'POST' }),
  attendances: (id: string) => request(`${v1}/provider-activities/${id}/attendances`, AttendanceList),
  register: (id: string, body: RegisterAttendance) =>
    request(`${v1}/provider-activities/${id}/attendances`, Attendance, { method: 'POST', body }),
  /** The list is sent as the file itself; the server reads it as CSV whatever the file's name says. */
  importCsv: (id: string, file: File) =>
    request(`${v1}/provider-activities/${id}/attendances.csv`, AttendanceImport, {
      method: 'POST',
      body: new Blob([file], { type: 'text/csv' }),
    }),
};

/** The audit by sample (R-REG-AUDIT-1): draws for coordinators, reviews for assessors and the teacher. */
export const auditApi = {
  draws: (institutionId: string) => request(`${v1}/institutions/${institutionId}/audit-draws`, AuditDrawList),
  draw: (institutionId: string, body: DrawAuditSample) =>
    request(`${v1}/institutions/${institutionId}/audit-draws`, AuditDraw, { method: 'POST', body }),
  drawById: (id: string) => request(`${v1}/audit-draws/${id}`, AuditDraw),
  repeat: (id: string) => request(`${v1}/audit-draws/${id}/repeat`, AuditDrawRepeat),
  reviewsToAudit: () => request(`${v1}/audit-reviews`, AuditReviewList),
  myReviews: () => request(`${v1}/me/audit-reviews`, AuditReviewList),
  review: (id: string) => request(review(id), AuditReview),
  start: (id: string) => request(`${review(id)}/start`, AuditReview, { method: 'POST' }),
  decide: (id: string, activityId: string, body: DecideActivity) =>
    request(`${review(id)}/activities/${activityId}/decision`, AuditReview, { method: 'PUT', body }),
  notify: (id: string) => request(`${review(id)}/notify`, AuditReview, { method: 'POST' }),
  respond: (id: string, response: string) =>
    request(`${review(id)}/respond`, AuditReview, { method: 'POST', body: { response } }),
  close: (id: string, body: CloseAudit) =>
    request(`${review(id)}/close`, AuditReview, { method: 'POST', body }),
};

/** Register hours against the norm of a coordinator's teachers, on screen and as CSV or XLSX. */
export const registerComplianceApi = {
  report: (institutionId: string, query: RegisterComplianceQuery) =>
    request(`${v1}/institutions/${institutionId}/register/compliance`, RegisterComplianceReport, { query }),
  /** The export, its header row in the interface language. */
  download: (institutionId: string, query: RegisterComplianceQuery, format: 'csv' | 'xlsx') =>
    download(
      `${v1}/institutions/${institutionId}/register/compliance.${format}${query.unitId ? `?unitId=${query.unitId}` : ''}`,
      `register-compliance.${format}`,
    ),
};

export const registerAdminKeys = {
  providerActivities: (providerId: string) => ['provider-activities', 'of', providerId] as const,
  providerActivity: (id: string) => ['provider-activities', id] as const,
  attendances: (id: string) => ['provider-activities', id, 'attendances'] as const,
  draws: (institutionId: string) => ['audit-draws', 'of', institutionId] as const,
  draw: (id: string) => ['audit-draws', id] as const,
  reviews: ['audit-reviews'] as const,
  myReviews: ['audit-reviews', 'mine'] as const,
  review: (id: string) => ['audit-reviews', id] as const,
  compliance: (institutionId: string, query: RegisterComplianceQuery) =>
    ['register-compliance', institutionId, query] as const,
};

export const providerActivitiesQuery = (providerId: string) =>
  queryOptions({
    queryKey: registerAdminKeys.providerActivities(providerId),
    queryFn: () => providerApi.activities(providerId),
  });

export const providerActivityQuery = (id: string) =>
  queryOptions({ queryKey: registerAdminKeys.providerActivity(id), queryFn: () => providerApi.activity(id) });

export const attendancesQuery = (id: string) =>
  queryOptions({ queryKey: registerAdminKeys.attendances(id), queryFn: () => providerApi.attendances(id) });

export const auditDrawsQuery = (institutionId: string) =>
  queryOptions({
    queryKey: registerAdminKeys.draws(institutionId),
    queryFn: () => auditApi.draws(institutionId),
  });

export const auditDrawQuery = (id: string) =>
  queryOptions({ queryKey: registerAdminKeys.draw(id), queryFn: () => auditApi.drawById(id) });

export const reviewsToAuditQuery = queryOptions({
  queryKey: registerAdminKeys.reviews,
  queryFn: auditApi.reviewsToAudit,
});

export const myReviewsQuery = queryOptions({
  queryKey: registerAdminKeys.myReviews,
  queryFn: auditApi.myReviews,
});

export const auditReviewQuery = (id: string) =>
  queryOptions({ queryKey: registerAdminKeys.review(id), queryFn: () => auditApi.review(id) });

/** The compliance table; the last one stays on screen while another unit's loads. */
export const registerComplianceQuery = (institutionId: string, query: RegisterComplianceQuery) =>
  queryOptions({
    queryKey: registerAdminKeys.compliance(institutionId, query),
    queryFn: () => registerComplianceApi.report(institutionId, query),
    placeholderData: keepPreviousData,
  });
