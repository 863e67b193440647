import type { Language } from '../../../../contracts/common.js';

// Prices are kept in whole cents (contracts' Cents); people type euros the way their language writes
// them: "1.250,50" in Dutch, "1,250.50" in English, with or without the thousands separators.

/** The most the contract's Cents allows: a million euros. */
const MAX_CENTS = 100_000_000;

const patterns: Record<Language, RegExp> = {
  nl: /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?$/,
  en: /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/,
};

/** The cents an amount in euros stands for, or null when it is not an amount of at most two decimals. */
export function parseEuros(text: string, language: Language): number | null {
  const match = patterns[language].exec(text.replace(/[\s\u00a0€]/g, ''));
  if (!match) return null;
  const euros = Number((match[1] ?? '').replace(/\D/g, ''));
  const cents = euros * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return cents <= MAX_CENTS ? cents : null;
}

/** An amount for a field to edit: no thousands separators, two decimals only when there are cents. */
export function eurosForInput(cents: number, language: Language): string {
  const euros = Math.floor(cents / 100);
  const rest = cents % 100;
  if (rest === 0) return String(euros);
  return `${euros}${language === 'nl' ? ',' : '.'}${String(rest).padStart(2, '0')}`;
}
