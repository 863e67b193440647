import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import {
  type ComplianceQuery,
  ComplianceReport,
  type EvaluatePolicyVersionInput,
  PolicyDiff,
  PolicyDocumentCheck,
  PolicyEvaluation,
  PolicyList,
  PolicyVersion,
  PolicyVersionList,
} from '../../../contracts/qualifications.js';
import { download, request } from './client';

const v1 = '/api/v1';
const versionPath = (policyId: string, versionId: string) =>
  `${v1}/policies/${policyId}/versions/${versionId}`;

/** Policy administration and the compliance view: for administrators, coordinators and line managers. */
export const qualificationAdminApi = {
  policies: () => request(`${v1}/policies`, PolicyList),
  versions: (policyId: string) => request(`${v1}/policies/${policyId}/versions`, PolicyVersionList),
  version: (policyId: string, versionId: string) => request(versionPath(policyId, versionId), PolicyVersion),
  /** A draft copied from the version in force today. */
  createDraft: (policyId: string, validFrom: string) =>
    request(`${v1}/policies/${policyId}/versions`, PolicyVersion, { method: 'POST', body: { validFrom } }),
  saveDraft: (policyId: string, versionId: string, document: Record<string, unknown>) =>
    request(versionPath(policyId, versionId), PolicyVersion, { method: 'PUT', body: { document } }),
  deleteDraft: (policyId: string, versionId: string) =>
    request(versionPath(policyId, versionId), null, { method: 'DELETE' }),
  check: (policyId: string, document: Record<string, unknown>) =>
    request(`${v1}/policies/${policyId}/check`, PolicyDocumentCheck, { method: 'POST', body: { document } }),
  evaluate: (policyId: string, versionId: string, body: EvaluatePolicyVersionInput) =>
    request(`${versionPath(policyId, versionId)}/evaluate`, PolicyEvaluation, { method: 'POST', body }),
  diff: (policyId: string, versionId: string) =>
    request(`${versionPath(policyId, versionId)}/diff`, PolicyDiff),
  publish: (policyId: string, versionId: string, validFrom: string) =>
    request(`${versionPath(policyId, versionId)}/publish`, PolicyVersion, {
      method: 'POST',
      body: { validFrom },
    }),
  compliance: (institutionId: string, query: ComplianceQuery) =>
    request(`${v1}/institutions/${institutionId}/compliance`, ComplianceReport, { query }),
};

export const qualificationAdminKeys = {
  policies: ['policies'] as const,
  versions: (policyId: string) => ['policies', policyId, 'versions'] as const,
  version: (policyId: string, versionId: string) => ['policies', policyId, 'versions', versionId] as const,
  compliance: ['compliance'] as const,
};

export const policiesQuery = queryOptions({
  queryKey: qualificationAdminKeys.policies,
  queryFn: qualificationAdminApi.policies,
});

export const policyVersionsQuery = (policyId: string) =>
  queryOptions({
    queryKey: qualificationAdminKeys.versions(policyId),
    queryFn: () => qualificationAdminApi.versions(policyId),
  });

export const policyVersionQuery = (policyId: string, versionId: string) =>
  queryOptions({
    queryKey: qualificationAdminKeys.version(policyId, versionId),
    queryFn: () => qualificationAdminApi.version(policyId, versionId),
  });

/** The diff against the version in force; asked afresh whenever the draft was saved (the key's `updatedAt`). */
export const policyDiffQuery = (policyId: string, versionId: string, updatedAt: string) =>
  queryOptions({
    queryKey: [...qualificationAdminKeys.version(policyId, versionId), 'diff', updatedAt],
    queryFn: () => qualificationAdminApi.diff(policyId, versionId),
  });

/** The compliance view; the last table stays on screen while another unit's loads. */
export const complianceQuery = (institutionId: string, query: ComplianceQuery) =>
  queryOptions({
    queryKey: [...qualificationAdminKeys.compliance, institutionId, query],
    queryFn: () => qualificationAdminApi.compliance(institutionId, query),
    placeholderData: keepPreviousData,
  });

export type ExportFormat = 'csv' | 'xlsx';

/** Downloads the compliance export, its header row in the interface language. */
export function downloadCompliance(
  institutionId: string,
  query: ComplianceQuery,
  format: ExportFormat,
): Promise<void> {
  const params = new URLSearchParams(Object.entries(query).filter(([, value]) => value !== undefined));
  const search = params.size > 0 ? `?${params}` : '';
  return download(
    `${v1}/institutions/${institutionId}/compliance.${format}${search}`,
    `compliance.${format}`,
  );
}
