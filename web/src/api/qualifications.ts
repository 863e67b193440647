import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { Language } from '../../../contracts/common.js';
import { Advice, type AdviceRequestInput } from '../../../contracts/qualifications.js';
import { request } from './client';

const v1 = '/api/v1';

export const qualificationsApi = {
  /** Public and read-only: anyone may ask, the answer is in the interface language (Accept-Language). */
  advice: (body: AdviceRequestInput) => request(`${v1}/advice`, Advice, { method: 'POST', body }),
};

export const qualificationsKeys = {
  advice: ['advice'] as const,
};

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
