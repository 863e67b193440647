import { z } from 'zod';
import type { Language } from '../../../../contracts/common.js';

const locales = { nl: z.locales.nl(), en: z.locales.en() };
type LocaleError = NonNullable<ReturnType<typeof z.locales.nl>['localeError']>;

/**
 * A zod issue in zod's own Dutch or English words (parse with `reportInput` so they can say what was
 * received). A custom check's message is its own and is kept.
 */
export function zodMessage(issue: z.core.$ZodIssue, language: Language): string {
  if (issue.code === 'custom') return issue.message;
  const localized = locales[language].localeError?.(issue as Parameters<LocaleError>[0]);
  return typeof localized === 'string' ? localized : (localized?.message ?? issue.message);
}
