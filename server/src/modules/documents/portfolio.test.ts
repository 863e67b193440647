import { beforeAll, describe, expect, it } from 'vitest';
import {
  metadataOf,
  mupdfWarnings,
  outlineOf,
  pageTexts,
  qpdfCheck,
  samplePortfolio,
  sampleReferences,
  textRunCount,
} from './fixtures.js';
import { documentLabels } from './labels.js';
import { HtmlPages } from './pdf.js';
import { type Portfolio, renderPortfolio } from './portfolio.js';

const portfolio = samplePortfolio();
const references = sampleReferences;

/** The 1-based page whose text begins with the heading. */
const pageStartingWith = (pages: string[], heading: string) =>
  pages.findIndex((p) => p.trimStart().startsWith(`${heading}\n`)) + 1;

describe('renderPortfolio', () => {
  let bytes: Uint8Array;
  let pageCount: number;
  let pages: string[];
  beforeAll(() => {
    ({ bytes, pageCount } = renderPortfolio(portfolio, references, documentLabels.nl));
    pages = pageTexts(bytes);
  });

  it('makes a valid PDF with its metadata', () => {
    expect(qpdfCheck(bytes).status).toBe(0);
    expect(pages).toHaveLength(pageCount);
    expect(pageCount).toBeGreaterThanOrEqual(6);
    expect(metadataOf(bytes)).toEqual({
      title: 'Portfolio BKO – Ëlla de Vriës – Versie 2 · Concept',
      author: 'Ëlla de Vriës',
      language: 'nl',
    });
  });

  it('has a cover with name, qualification, institution, version and date', () => {
    const cover = pages[0] ?? '';
    for (const line of [
      'Portfolio BKO',
      'Basiskwalificatie Onderwijs',
      'Ëlla de Vriës',
      'UMC Utrecht',
      'Versie 2 · Concept',
      '5 maart 2026',
    ]) {
      expect(cover).toContain(line);
    }
    expect(cover).not.toContain('Pagina');
  });

  it('lists every part in the contents with the page it really starts on', () => {
    const contents = pages[1] ?? '';
    const listed = [...contents.matchAll(/^(.+)\n\s*(\d+)$/gm)].map((m) => [m[1]?.trim(), Number(m[2])]);
    const expected = ['Onderwijs-cv', 'Ontwerpen', 'Uitvoeren', 'Toetsen en beoordelen'].map((title) => [
      title,
      pageStartingWith(pages, title),
    ]);
    expect(listed).toEqual(expected);
    // "Uitvoeren" runs over more than one page, so the last section's number counts them
    expect(
      pageStartingWith(pages, 'Toetsen en beoordelen') - pageStartingWith(pages, 'Uitvoeren'),
    ).toBeGreaterThan(1);
  });

  it('numbers every page after the cover in the footer', () => {
    pages.slice(1).forEach((text, i) => {
      expect(text).toContain(`Pagina ${i + 2}`);
      expect(text).toContain('Portfolio BKO · Versie 2 · Concept');
    });
  });

  it('prints the teaching CV as a table with the total of hours', () => {
    const cv = pages[pageStartingWith(pages, 'Onderwijs-cv') - 1] ?? '';
    for (const cell of [
      'Inhoud',
      'Vorm',
      'Doelgroep',
      'Periode',
      'Uren',
      'Werkcollege farmacologie',
      '24,5',
    ]) {
      expect(cv).toContain(cell);
    }
    expect(cv).toMatch(/Totaal\s+24,5/);
  });

  it('prints the reflection and the linked evidence with their appendix numbers', () => {
    const section = pages[pageStartingWith(pages, 'Ontwerpen') - 1] ?? '';
    expect(section).toContain('Wat ging goed');
    expect(section).toContain('Ik heb het blok opnieuw ontworpen met één casus per week.');
    expect(section).toContain('leerdoelen');
    expect(section).toMatch(
      /Bewijsstukken[\s\S]*Bijlage 2: Casus week 3[\s\S]*Bijlage 1: Studentevaluatie werkcollege \(Studentevaluatie\)/,
    );
    const uitvoeren = pages[pageStartingWith(pages, 'Uitvoeren') - 1] ?? '';
    expect(pages.join('\n')).toContain('Geen bewijsstukken gekoppeld.');
    expect(uitvoeren).toContain('Alinea 1.');
  });

  it('bookmarks the contents, the CV and every section', () => {
    expect(outlineOf(bytes).map((o) => [o.title, o.page])).toEqual([
      ['Inhoud', 2],
      ['Onderwijs-cv', pageStartingWith(pages, 'Onderwijs-cv')],
      ['Ontwerpen', pageStartingWith(pages, 'Ontwerpen')],
      ['Uitvoeren', pageStartingWith(pages, 'Uitvoeren')],
      ['Toetsen en beoordelen', pageStartingWith(pages, 'Toetsen en beoordelen')],
    ]);
  });

  it('speaks English with the English labels', () => {
    const preview: Portfolio = {
      ...portfolio,
      version: { stage: 'preview', number: null, date: '2026-03-05' },
    };
    const english = pageTexts(renderPortfolio(preview, references, documentLabels.en).bytes);
    expect(english[0]).toContain('Preview');
    expect(english[0]).toContain('5 March 2026');
    expect(english[1]).toContain('Contents');
    expect(english.join('\n')).toContain('Appendix 1: Studentevaluatie werkcollege');
    expect(english.join('\n')).toContain('Teaching CV');
    expect(english[1]).toContain('Page 2');
  });

  it('is markup that MuPDF reads with its XML parser, every kind of rich text included', () => {
    // a fallback to the HTML5 parser would still print the text, only slower: MuPDF warns when it falls back
    expect(
      mupdfWarnings(() => HtmlPages.layout('<html><body><p>a<br>b</p></body></html>', 'xhtml').destroy()),
    ).toEqual([
      'syntax error: opening and closing tag mismatch',
      'syntax error in XHTML; retrying using HTML5 parser',
    ]);
    const everything: Portfolio = {
      ...portfolio,
      person: 'Ëlla <de> Vriës & "co" \'t',
      sections: [
        ...portfolio.sections,
        {
          title: 'A & B <c>',
          reflection: {
            type: 'doc',
            content: [
              {
                type: 'paragraph',
                content: [
                  { type: 'text', text: '1 < 2 & 3 > "2"', marks: [{ type: 'bold' }, { type: 'italic' }] },
                  { type: 'hardBreak' },
                  { type: 'text', text: "it's" },
                ],
              },
              {
                type: 'orderedList',
                attrs: { start: 3 },
                content: [
                  {
                    type: 'listItem',
                    content: [{ type: 'paragraph', content: [{ type: 'text', text: 'drie' }] }],
                  },
                ],
              },
            ],
          },
          evidenceIds: ['eval'],
        },
      ],
    };
    let text = '';
    expect(
      mupdfWarnings(() => {
        text = pageTexts(renderPortfolio(everything, references, documentLabels.nl).bytes).join('\n');
      }),
    ).toEqual([]);
    expect(text).toContain('1 < 2 & 3 > "2"');
    expect(text).toContain('3. drie');
  });

  it('writes a line of text as one text run, not one per word and space', () => {
    // a `lang` attribute in the markup made MuPDF write each word and each space on its own
    const page = pageStartingWith(pages, 'Uitvoeren');
    const words = (pages[page - 1] ?? '').split(/\s+/).filter(Boolean).length;
    expect(words).toBeGreaterThan(200);
    expect(textRunCount(bytes, page - 1)).toBeLessThan(words / 4);
  });

  it('refuses a section that refers to evidence not in the list', () => {
    const broken: Portfolio = {
      ...portfolio,
      sections: [{ title: 'X', reflection: { type: 'doc', content: [] }, evidenceIds: ['missing'] }],
    };
    expect(() => renderPortfolio(broken, references, documentLabels.nl)).toThrow(/evidence missing/);
  });
});
