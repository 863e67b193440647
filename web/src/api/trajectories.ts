import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type { QualificationCode } from '../../../contracts/qualifications.js';
import type { TrajectoryState } from '../../../contracts/trajectories.js';
import {
  type AssessmentWeekInput,
  AssessmentWeekList,
  AssessmentWeekRecord,
  type CancelInput,
  type CatalogueInput,
  CatalogueList,
  CatalogueRecord,
  type ChooseWeekInput,
  type CompleteSchoolingInput,
  type CostDecisionInput,
  type CvInput,
  type EvidenceInput,
  type FeedbackInput,
  type FinalCheckInput,
  type HandInInput,
  type IntakeOffersInput,
  IntakeQueue,
  type IntakeRequestInput,
  PortfolioView,
  type RecordIntakeInput,
  type RequirementSettingsInput,
  RequirementSettingsView,
  type SectionInput,
  TrajectoryDetail,
  TrajectoryList,
  TrajectoryOverview,
  VersionComparison,
  VersionDetail,
  VersionList,
  type WithdrawInput,
} from '../../../contracts/trajectories-api.js';
import { download, request } from './client';

// The trajectories API (issue 5), one function per endpoint; the pages of the teacher, the adviser, the line
// manager and the coordinator share it.

const v1 = '/api/v1';
const trajectory = (id: string) => `${v1}/trajectories/${id}`;
const institution = (id: string) => `${v1}/institutions/${id}`;

const post = <T>(path: string, schema: z.ZodType<T>, body: unknown = {}) =>
  request(path, schema, { method: 'POST', body });

export const trajectoriesApi = {
  // intake (R-UMCU-ROUTE-1)
  mine: () => request(`${v1}/me/trajectories`, TrajectoryList),
  requestIntake: (body: IntakeRequestInput) => post(`${v1}/me/trajectories`, TrajectoryDetail, body),
  intakeQueue: (institutionId: string) => request(`${institution(institutionId)}/intake-queue`, IntakeQueue),
  get: (trajectoryId: string) => request(trajectory(trajectoryId), TrajectoryDetail),
  offerIntakeTimes: (trajectoryId: string, body: IntakeOffersInput) =>
    post(`${trajectory(trajectoryId)}/intake-offers`, TrajectoryDetail, body),
  acceptOffer: (trajectoryId: string, offerId: string) =>
    post(`${trajectory(trajectoryId)}/intake-offers/${offerId}/accept`, TrajectoryDetail),
  recordIntake: (trajectoryId: string, body: RecordIntakeInput) =>
    post(`${trajectory(trajectoryId)}/intake`, TrajectoryDetail, body),
  /** the line manager's costs to approve (R-UMCU-COST-1) */
  costApprovals: () => request(`${v1}/me/cost-approvals`, TrajectoryList),
  decideCosts: (trajectoryId: string, body: CostDecisionInput) =>
    post(`${trajectory(trajectoryId)}/cost-decision`, TrajectoryDetail, body),
  overview: (institutionId: string, state?: TrajectoryState) =>
    request(`${institution(institutionId)}/trajectories`, TrajectoryOverview, { query: { state } }),

  // catalogue, assessment weeks and requirement numbers (R-UMCU-COST-1, R-UMCU-ASM-3, R-UMCU-PF-1)
  catalogues: (institutionId: string) =>
    request(`${institution(institutionId)}/trajectory-catalogues`, CatalogueList),
  catalogue: (institutionId: string, year: number) =>
    request(`${institution(institutionId)}/trajectory-catalogues/${year}`, CatalogueRecord),
  saveCatalogue: (institutionId: string, year: number, body: CatalogueInput) =>
    request(`${institution(institutionId)}/trajectory-catalogues/${year}`, CatalogueRecord, {
      method: 'PUT',
      body,
    }),
  assessmentWeeks: (institutionId: string) =>
    request(`${institution(institutionId)}/assessment-weeks`, AssessmentWeekList),
  addAssessmentWeek: (institutionId: string, body: AssessmentWeekInput) =>
    post(`${institution(institutionId)}/assessment-weeks`, AssessmentWeekRecord, body),
  changeAssessmentWeek: (weekId: string, body: AssessmentWeekInput) =>
    request(`${v1}/assessment-weeks/${weekId}`, AssessmentWeekRecord, { method: 'PUT', body }),
  requirementSettings: (institutionId: string, qualification: QualificationCode) =>
    request(`${institution(institutionId)}/requirement-settings/${qualification}`, RequirementSettingsView),
  saveRequirementSettings: (
    institutionId: string,
    qualification: QualificationCode,
    body: RequirementSettingsInput,
  ) =>
    request(`${institution(institutionId)}/requirement-settings/${qualification}`, RequirementSettingsView, {
      method: 'PUT',
      body,
    }),

  // portfolio (R-UMCU-PF-1)
  portfolio: (trajectoryId: string) => request(`${trajectory(trajectoryId)}/portfolio`, PortfolioView),
  saveCv: (trajectoryId: string, body: CvInput) =>
    request(`${trajectory(trajectoryId)}/portfolio/cv`, PortfolioView, { method: 'PUT', body }),
  saveSection: (trajectoryId: string, sectionId: string, body: SectionInput) =>
    request(`${trajectory(trajectoryId)}/portfolio/sections/${sectionId}`, PortfolioView, {
      method: 'PUT',
      body,
    }),
  addEvidence: (trajectoryId: string, body: EvidenceInput) =>
    post(`${trajectory(trajectoryId)}/evidence`, PortfolioView, body),
  uploadEvidenceFile: (trajectoryId: string, evidenceId: string, file: File) => {
    const body = new FormData();
    body.append('file', file);
    return request(`${trajectory(trajectoryId)}/evidence/${evidenceId}/files`, PortfolioView, {
      method: 'POST',
      body,
    });
  },
  removeEvidence: (trajectoryId: string, evidenceId: string) =>
    request(`${trajectory(trajectoryId)}/evidence/${evidenceId}`, PortfolioView, { method: 'DELETE' }),
  completeSchooling: (trajectoryId: string, schoolingId: string, body: CompleteSchoolingInput) =>
    post(`${trajectory(trajectoryId)}/schooling/${schoolingId}/complete`, TrajectoryDetail, body),

  // versions, feedback, final (R-UMCU-FB-1, R-UMCU-ASM-3, -4)
  handIn: (trajectoryId: string, body: HandInInput) =>
    post(`${trajectory(trajectoryId)}/versions`, VersionDetail, body),
  versions: (trajectoryId: string) => request(`${trajectory(trajectoryId)}/versions`, VersionList),
  version: (trajectoryId: string, number: number) =>
    request(`${trajectory(trajectoryId)}/versions/${number}`, VersionDetail),
  compare: (trajectoryId: string, from: number, to: number) =>
    request(`${trajectory(trajectoryId)}/versions/compare`, VersionComparison, { query: { from, to } }),
  giveFeedback: (trajectoryId: string, number: number, body: FeedbackInput) =>
    post(`${trajectory(trajectoryId)}/versions/${number}/feedback`, VersionDetail, body),
  revise: (trajectoryId: string) => post(`${trajectory(trajectoryId)}/revise`, TrajectoryDetail),
  finalCheck: (trajectoryId: string, body: FinalCheckInput) =>
    post(`${trajectory(trajectoryId)}/final-check`, TrajectoryDetail, body),
  retractDraft: (trajectoryId: string) => post(`${trajectory(trajectoryId)}/retract-draft`, TrajectoryDetail),
  chooseAssessmentWeek: (trajectoryId: string, body: z.input<typeof ChooseWeekInput>) =>
    request(`${trajectory(trajectoryId)}/assessment-week`, TrajectoryDetail, { method: 'PUT', body }),
  withdraw: (trajectoryId: string, body: z.input<typeof WithdrawInput>) =>
    post(`${trajectory(trajectoryId)}/withdraw`, TrajectoryDetail, body),
  cancel: (trajectoryId: string, body: z.input<typeof CancelInput>) =>
    post(`${trajectory(trajectoryId)}/cancel`, TrajectoryDetail, body),
};

/** The coordinator's overview as a spreadsheet, downloaded in the interface language. */
export const downloadOverview = (
  institutionId: string,
  state: TrajectoryState | undefined,
  format: 'csv' | 'xlsx',
) =>
  download(
    `${institution(institutionId)}/trajectories.${format}${state ? `?state=${state}` : ''}`,
    `trajectories.${format}`,
  );

/** Where files are downloaded: plain links, so the browser saves them with the session cookie. */
export const trajectoryUrls = {
  evidenceFile: (trajectoryId: string, evidenceId: string, fileId: string) =>
    `${trajectory(trajectoryId)}/evidence/${evidenceId}/files/${fileId}`,
  /** the hand-in built now from the working copy (R-UMCU-SUB-1, -2) */
  preview: (trajectoryId: string, part: 'portfolio' | 'appendices' | 'combined') =>
    `${trajectory(trajectoryId)}/preview/${part}.pdf`,
  /** a handed-in version's files, as stored at the hand-in */
  versionPdf: (trajectoryId: string, number: number, part: 'portfolio' | 'appendices' | 'combined') =>
    `${trajectory(trajectoryId)}/versions/${number}/${part}.pdf`,
};

/** Every trajectory query key starts with 'trajectories', so one invalidation refreshes them all. */
export const trajectoryKeys = {
  all: ['trajectories'] as const,
  mine: ['trajectories', 'mine'] as const,
  costApprovals: ['trajectories', 'cost-approvals'] as const,
  one: (id: string) => ['trajectories', 'one', id] as const,
  portfolio: (id: string) => ['trajectories', 'portfolio', id] as const,
  versions: (id: string) => ['trajectories', 'versions', id] as const,
  version: (id: string, number: number) => ['trajectories', 'versions', id, number] as const,
  compare: (id: string, from: number, to: number) => ['trajectories', 'compare', id, from, to] as const,
  queue: (institutionId: string) => ['trajectories', 'queue', institutionId] as const,
  overview: (institutionId: string, state?: TrajectoryState) =>
    ['trajectories', 'overview', institutionId, state ?? null] as const,
  catalogues: (institutionId: string) => ['trajectories', 'catalogues', institutionId] as const,
  weeks: (institutionId: string) => ['trajectories', 'weeks', institutionId] as const,
  requirements: (institutionId: string, qualification: QualificationCode) =>
    ['trajectories', 'requirements', institutionId, qualification] as const,
};

export const myTrajectoriesQuery = queryOptions({
  queryKey: trajectoryKeys.mine,
  queryFn: trajectoriesApi.mine,
});

export const costApprovalsQuery = queryOptions({
  queryKey: trajectoryKeys.costApprovals,
  queryFn: trajectoriesApi.costApprovals,
});

export const trajectoryQuery = (id: string) =>
  queryOptions({ queryKey: trajectoryKeys.one(id), queryFn: () => trajectoriesApi.get(id) });

export const portfolioQuery = (id: string) =>
  queryOptions({ queryKey: trajectoryKeys.portfolio(id), queryFn: () => trajectoriesApi.portfolio(id) });

export const versionsQuery = (id: string) =>
  queryOptions({ queryKey: trajectoryKeys.versions(id), queryFn: () => trajectoriesApi.versions(id) });

export const versionQuery = (id: string, number: number) =>
  queryOptions({
    queryKey: trajectoryKeys.version(id, number),
    queryFn: () => trajectoriesApi.version(id, number),
  });

export const intakeQueueQuery = (institutionId: string) =>
  queryOptions({
    queryKey: trajectoryKeys.queue(institutionId),
    queryFn: () => trajectoriesApi.intakeQueue(institutionId),
  });

export const assessmentWeeksQuery = (institutionId: string) =>
  queryOptions({
    queryKey: trajectoryKeys.weeks(institutionId),
    queryFn: () => trajectoriesApi.assessmentWeeks(institutionId),
  });

export const cataloguesQuery = (institutionId: string) =>
  queryOptions({
    queryKey: trajectoryKeys.catalogues(institutionId),
    queryFn: () => trajectoriesApi.catalogues(institutionId),
  });
