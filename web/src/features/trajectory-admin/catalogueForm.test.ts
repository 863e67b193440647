import { describe, expect, it } from 'vitest';
import {
  catalogueFormOf,
  catalogueInputOf,
  catalogueYears,
  emptyItem,
  itemGroups,
  itemIdFrom,
} from './catalogueForm';

const catalogue = {
  items: [
    {
      kind: 'course' as const,
      id: 'bko-leergang',
      title: { nl: 'Leergang BKO', en: 'BKO course' },
      qualification: 'BKO' as const,
      priceCents: 325_000,
    },
    { kind: 'module' as const, id: 'toetsen', title: { nl: 'Toetsen', en: 'Assessing' }, priceCents: 49_550 },
  ],
  assessmentPriceCents: { BKO: 95_000, UvO: 45_000 },
};

describe('the catalogue form (R-UMCU-COST-1)', () => {
  it('shows euros in the language and sends the same catalogue back in cents', () => {
    const values = catalogueFormOf(catalogue, 'nl');
    expect(values.items[1]?.price).toBe('495,50');
    expect(values.assessment).toEqual({ BKO: '950', UvO: '450', KKO: '', SKO: '' });
    expect(catalogueInputOf(values, 'nl')).toEqual({ input: catalogue });
    expect(catalogueInputOf(catalogueFormOf(catalogue, 'en'), 'en')).toEqual({ input: catalogue });
  });

  it('gives a new item an id from its Dutch title, unique in the catalogue, and keeps existing ids', () => {
    const values = catalogueFormOf(catalogue, 'nl');
    values.items.push({ ...emptyItem('module'), titleNl: 'Toetsen', titleEn: 'Assessing 2', price: '100' });
    values.items.push({ ...emptyItem('module'), titleNl: 'Toetsen', titleEn: 'Assessing 3', price: '100' });
    const result = catalogueInputOf(values, 'nl');
    expect(result.input?.items.map((item) => item.id)).toEqual([
      'bko-leergang',
      'toetsen',
      'toetsen-2',
      'toetsen-3',
    ]);
  });

  it('names each field to correct: titles, prices in the language, a course without qualification', () => {
    const values = catalogueFormOf(catalogue, 'nl');
    values.items.push({ ...emptyItem('course'), titleNl: 'Nieuw', price: '1250.50' });
    values.assessment.KKO = 'veel';
    expect(catalogueInputOf(values, 'nl')).toEqual({
      errors: {
        'items.2.titleEn': 'required',
        'items.2.price': 'price',
        'items.2.qualification': 'qualification',
        'assessment.KKO': 'price',
      },
    });
    values.items[2] = { ...emptyItem('module') };
    expect(catalogueInputOf(values, 'nl').errors).toEqual({
      'items.2.titleNl': 'required',
      'items.2.titleEn': 'required',
      'items.2.price': 'required',
      'assessment.KKO': 'price',
    });
  });

  it('starts empty for a year without a catalogue', () => {
    expect(catalogueFormOf(null, 'en')).toEqual({
      items: [],
      assessment: { BKO: '', UvO: '', KKO: '', SKO: '' },
    });
    expect(catalogueInputOf(catalogueFormOf(null, 'en'), 'en')).toEqual({
      input: { items: [], assessmentPriceCents: {} },
    });
  });
});

describe('helpers', () => {
  it('makes ids the contract accepts', () => {
    expect(itemIdFrom('Onderwijskundig leiderschap (SKO)', new Set())).toBe(
      'onderwijskundig-leiderschap-sko',
    );
    expect(itemIdFrom('Évaluer à l’école', new Set())).toBe('evaluer-a-l-ecole');
    expect(itemIdFrom('!!!', new Set(['item']))).toBe('item-2');
    expect(itemIdFrom('a'.repeat(80), new Set())).toHaveLength(50);
  });

  it('groups courses and modules, keeping their place in the form', () => {
    const values = catalogueFormOf(catalogue, 'nl');
    values.items.push(emptyItem('course'));
    const groups = itemGroups(values.items);
    expect(groups.courses.map((g) => g.index)).toEqual([0, 2]);
    expect(groups.modules.map((g) => g.index)).toEqual([1]);
  });

  it('offers the years with a catalogue, this year and the next, newest first', () => {
    expect(catalogueYears([2025, 2026], 2026)).toEqual([2027, 2026, 2025]);
  });
});
