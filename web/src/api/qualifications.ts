import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { Language } from '../../../contracts/common.js';
import {
  Advice,
  type AdviceRequestInput,
  type ConfirmationState,
  EarnedQualification,
  EarnedQualificationList,
  MyTeachingProfiles,
  type RecordQualificationInput,
  type TeachingProfile,
  TeachingProfileRecord,
  TeachingProfilesToConfirm,
} from '../../../contracts/qualifications.js';
import { request } from './client';

const v1 = '/api/v1';

export const qualificationsApi = {
  /** Public and read-only: anyone may ask, the answer is in the interface language (Accept-Language). */
  advice: (body: AdviceRequestInput) => request(`${v1}/advice`, Advice, { method: 'POST', body }),
  myTeachingProfiles: () => request(`${v1}/me/teaching-profiles`, MyTeachingProfiles),
  saveMyTeachingProfile: (institutionId: string, body: TeachingProfile) =>
    request(`${v1}/me/teaching-profiles/${institutionId}`, TeachingProfileRecord, { method: 'PUT', body }),
  myAdvice: (institutionId: string) => request(`${v1}/me/advice`, Advice, { query: { institutionId } }),
  myQualifications: () => request(`${v1}/me/qualifications`, EarnedQualificationList),
  recordMyQualification: (body: RecordQualificationInput) =>
    request(`${v1}/me/qualifications`, EarnedQualification, { method: 'POST', body }),
  removeMyQualification: (id: string) => request(`${v1}/me/qualifications/${id}`, null, { method: 'DELETE' }),
  teachingProfilesToConfirm: (confirmation?: ConfirmationState) =>
    request(`${v1}/teaching-profiles`, TeachingProfilesToConfirm, { query: { confirmation } }),
  confirmTeachingProfile: (id: string, updatedAt: string) =>
    request(`${v1}/teaching-profiles/${id}/confirm`, TeachingProfileRecord, {
      method: 'POST',
      body: { updatedAt },
    }),
};

export const qualificationsKeys = {
  advice: ['advice'] as const,
  myTeachingProfiles: ['my-teaching-profiles'] as const,
  myAdvice: ['my-advice'] as const,
  myQualifications: ['my-qualifications'] as const,
  toConfirm: ['teaching-profiles', 'to-confirm'] as const,
};

export const myTeachingProfilesQuery = queryOptions({
  queryKey: qualificationsKeys.myTeachingProfiles,
  queryFn: qualificationsApi.myTeachingProfiles,
});

export const myQualificationsQuery = queryOptions({
  queryKey: qualificationsKeys.myQualifications,
  queryFn: qualificationsApi.myQualifications,
});

/** My advice at one institution, from my stored profile; the explanations are in the interface language. */
export const myAdviceQuery = (institutionId: string, language: Language) =>
  queryOptions({
    queryKey: [...qualificationsKeys.myAdvice, institutionId, language],
    queryFn: () => qualificationsApi.myAdvice(institutionId),
    placeholderData: keepPreviousData,
  });

export const teachingProfilesToConfirmQuery = (confirmation: ConfirmationState) =>
  queryOptions({
    queryKey: [...qualificationsKeys.toConfirm, confirmation],
    queryFn: () => qualificationsApi.teachingProfilesToConfirm(confirmation),
  });

/**
 * The advice for one set of answers. The language is part of the key because the explanations are
 * written by the server in it: switching the interface language asks again.
 */
export const adviceQuery = (body: AdviceRequestInput, language: Language) =>
  queryOptions({
    queryKey: [...qualificationsKeys.advice, language, body],
    queryFn: () => qualificationsApi.advice(body),
    // While the other language loads, keep showing the answer already there instead of a blank result.
    placeholderData: keepPreviousData,
  });
