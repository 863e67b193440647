import type { Language } from '../../../../contracts/common.js';
import { type QualificationCode, qualificationCodes } from '../../../../contracts/qualifications.js';
import type { Catalogue } from '../../../../contracts/trajectories.js';
import {
  type CatalogueInput,
  CatalogueInput as CatalogueSchema,
} from '../../../../contracts/trajectories-api.js';
import { eurosForInput, parseEuros } from './money';

// The catalogue form of a year as plain data (R-UMCU-COST-1): what the fields hold (euros as typed), what
// is sent (cents), and which field is wrong. Item ids are kept: recorded plans name them.

export interface CatalogueItemValues {
  /** the item's id; empty for an item added here, which gets one from its Dutch title when saved */
  id: string;
  kind: 'course' | 'module';
  titleNl: string;
  titleEn: string;
  qualification: QualificationCode | null;
  price: string;
}

export interface CatalogueFormValues {
  items: CatalogueItemValues[];
  /** the assessment trajectory's price per qualification; empty: not offered this year */
  assessment: Record<QualificationCode, string>;
}

type CatalogueContent = Pick<Catalogue, 'items' | 'assessmentPriceCents'>;

export function catalogueFormOf(catalogue: CatalogueContent | null, language: Language): CatalogueFormValues {
  const assessment = Object.fromEntries(
    qualificationCodes.map((code) => {
      const cents = catalogue?.assessmentPriceCents[code];
      return [code, cents === undefined ? '' : eurosForInput(cents, language)];
    }),
  ) as Record<QualificationCode, string>;
  return {
    items: (catalogue?.items ?? []).map((item) => ({
      id: item.id,
      kind: item.kind,
      titleNl: item.title.nl,
      titleEn: item.title.en,
      qualification: item.kind === 'course' ? item.qualification : null,
      price: eurosForInput(item.priceCents, language),
    })),
    assessment,
  };
}

export const emptyItem = (kind: 'course' | 'module'): CatalogueItemValues => ({
  id: '',
  kind,
  titleNl: '',
  titleEn: '',
  qualification: null,
  price: '',
});

/** An id for a new item from its title ("Feedback geven (SKO)" → "feedback-geven-sko"), unique among `taken`. */
export function itemIdFrom(title: string, taken: ReadonlySet<string>): string {
  const base =
    title
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 50)
      .replace(/-+$/, '') || 'item';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** What is wrong with a field, as a key under `trajectoryAdmin.catalogue.errors`, by the form's path. */
export type CatalogueErrors = Record<string, 'required' | 'price' | 'qualification'>;

export type CatalogueResult =
  | { input: CatalogueInput; errors?: never }
  | { errors: CatalogueErrors; input?: never };

/** The catalogue to send, or the fields to correct first. */
export function catalogueInputOf(values: CatalogueFormValues, language: Language): CatalogueResult {
  const errors: CatalogueErrors = {};
  const taken = new Set(values.items.map((item) => item.id).filter(Boolean));
  const items: CatalogueInput['items'] = [];
  values.items.forEach((item, index) => {
    const path = `items.${index}`;
    const titleNl = item.titleNl.trim();
    const titleEn = item.titleEn.trim();
    if (!titleNl) errors[`${path}.titleNl`] = 'required';
    if (!titleEn) errors[`${path}.titleEn`] = 'required';
    const priceCents = parseEuros(item.price, language);
    if (priceCents === null) errors[`${path}.price`] = item.price.trim() ? 'price' : 'required';
    if (item.kind === 'course' && !item.qualification) errors[`${path}.qualification`] = 'qualification';
    if (!titleNl || priceCents === null) return;
    let id = item.id;
    if (!id) {
      id = itemIdFrom(titleNl, taken);
      taken.add(id);
    }
    const title = { nl: titleNl, en: titleEn };
    if (item.kind === 'module') items.push({ kind: 'module', id, title, priceCents });
    else if (item.qualification)
      items.push({ kind: 'course', id, title, qualification: item.qualification, priceCents });
  });
  const assessmentPriceCents: CatalogueInput['assessmentPriceCents'] = {};
  for (const code of qualificationCodes) {
    const text = values.assessment[code];
    if (!text.trim()) continue;
    const cents = parseEuros(text, language);
    if (cents === null) errors[`assessment.${code}`] = 'price';
    else assessmentPriceCents[code] = cents;
  }
  if (Object.keys(errors).length > 0) return { errors };
  // the contract has the last word; a form that passes the checks above always passes it
  return { input: CatalogueSchema.parse({ items, assessmentPriceCents }) };
}

/** The items as the page lists them: the courses, then the modules, each keeping its place in the form. */
export function itemGroups(items: readonly CatalogueItemValues[]) {
  const indexed = items.map((item, index) => ({ item, index }));
  return {
    courses: indexed.filter(({ item }) => item.kind === 'course'),
    modules: indexed.filter(({ item }) => item.kind === 'module'),
  };
}

/** The years to choose from: those with a catalogue, this year and the next, newest first. */
export function catalogueYears(existing: readonly number[], thisYear: number): number[] {
  return [...new Set([...existing, thisYear, thisYear + 1])].sort((a, b) => b - a);
}
