import type { Language } from '../../../../../contracts/common.js';
import { emptyRichText } from '../../../../../contracts/rich-text.js';
import type {
  EvidenceKind,
  PortfolioContent,
  PortfolioTemplate,
  TeachingForm,
} from '../../../../../contracts/trajectories.js';
import type { Portfolio } from '../../documents/index.js';
import { appendixOrder } from './hand-in.js';

// A portfolio version as the documents module prints it (R-UMCU-SUB-1, -2): the working copy or a handed-in
// snapshot mapped to its Portfolio, and the appendices in order.

const qualificationNames = {
  BKO: { nl: 'Basiskwalificatie Onderwijs', en: 'University Teaching Qualification' },
  KKO: { nl: 'Kwalificatie Klinisch Onderwijs', en: 'Clinical Teaching Qualification' },
  SKO: { nl: 'Seniorkwalificatie Onderwijs', en: 'Senior University Teaching Qualification' },
  UvO: { nl: 'Deelkwalificatie Uitvoeren van Onderwijs', en: 'Partial Qualification Delivering Teaching' },
} as const;

const formNames: Record<TeachingForm, Record<Language, string>> = {
  lecture: { nl: 'Hoorcollege', en: 'Lecture' },
  'working-lecture': { nl: 'Werkcollege', en: 'Interactive lecture' },
  'working-group': { nl: 'Werkgroep', en: 'Working group' },
  'skills-training': { nl: 'Vaardigheidsonderwijs', en: 'Skills training' },
  practical: { nl: 'Practicum', en: 'Practical' },
  'placement-supervision': { nl: 'Stagebegeleiding', en: 'Placement supervision' },
  'tutor-mentor': { nl: 'Tutor of mentor', en: 'Tutor or mentor' },
  'clinical-workplace': { nl: 'Onderwijs op de klinische werkplek', en: 'Clinical workplace teaching' },
  online: { nl: 'Online onderwijs', en: 'Online teaching' },
  other: { nl: 'Anders', en: 'Other' },
};

const evidenceKindNames: Record<EvidenceKind, Record<Language, string>> = {
  'student-evaluation': { nl: 'Studentevaluatie', en: 'Student evaluation' },
  'observation-own-teaching': { nl: 'Observatie eigen onderwijs', en: 'Observation of own teaching' },
  'observation-of-colleague': { nl: 'Observatie bij een collega', en: 'Observation of a colleague' },
  'teaching-material': { nl: 'Onderwijsmateriaal', en: 'Teaching material' },
  'assessment-material': { nl: 'Toetsmateriaal', en: 'Assessment material' },
  'schooling-certificate': { nl: 'Bewijs van scholing', en: 'Schooling certificate' },
  other: { nl: 'Anders', en: 'Other' },
};

/** One appendix: one file of an evidence item. */
export interface AppendixFile {
  /** unique in the hand-in: the item's id and the file's */
  id: string;
  fileId: string;
  title: string;
  kind: string;
  fileName: string;
  mediaType: string;
}

export interface HandInDocument {
  portfolio: Portfolio;
  appendices: AppendixFile[];
}

export interface DocumentMeta {
  person: string;
  institution: string;
  version: Portfolio['version'];
  language: Language;
}

/**
 * Each file of an evidence item is an appendix of its own, numbered on from the item's place in
 * `appendixOrder`; an item with several files has them in their order, titled "title (1/2)", "title (2/2)".
 * The seed leaves the numbering open ("één pdf-bestand met daarin de bijlagen"); a file per appendix keeps a
 * contents entry and a bookmark for each file, so an assessor finds every one. A section refers to all
 * files of the items it links.
 */
export function handInDocument(
  template: PortfolioTemplate,
  content: PortfolioContent,
  meta: DocumentMeta,
): HandInDocument {
  const lang = meta.language;
  const byId = new Map(content.evidence.map((e) => [e.id, e]));
  const filesOf = new Map<string, AppendixFile[]>();
  for (const evidenceId of appendixOrder(template, content)) {
    const item = byId.get(evidenceId);
    if (!item) continue;
    const count = item.files.length;
    filesOf.set(
      evidenceId,
      item.files.map((file, i) => ({
        id: `${evidenceId}:${file.fileId}`,
        fileId: file.fileId,
        title: count > 1 ? `${item.title} (${i + 1}/${count})` : item.title,
        kind: evidenceKindNames[item.kind][lang],
        fileName: file.name,
        mediaType: file.mediaType,
      })),
    );
  }
  const code = template.qualification;
  const portfolio: Portfolio = {
    person: meta.person,
    qualification: { code, name: qualificationNames[code][lang] },
    institution: meta.institution,
    version: meta.version,
    teachingCv: content.cv.map((task) => ({
      content: task.content,
      form: formNames[task.form][lang],
      targetGroup: task.targetGroup,
      period: `${task.from} – ${task.until ?? '…'}`,
      hours: task.hoursPerYear,
    })),
    sections: template.sections
      .filter((s) => s.kind !== 'teaching-cv')
      .map((s) => {
        const section = content.sections[s.id];
        return {
          title: s.title[lang],
          reflection: section?.text ?? emptyRichText(),
          evidenceIds: (section?.evidenceIds ?? []).flatMap((id) => (filesOf.get(id) ?? []).map((f) => f.id)),
        };
      }),
  };
  return { portfolio, appendices: [...filesOf.values()].flat() };
}
