import type { Language } from '../../../../contracts/common.js';
import type { AppContext } from '../../platform/context.js';
import { contentDisposition } from '../../platform/files/files.js';
import type { Actor } from '../../platform/http/auth.js';
import { platformError } from '../../platform/http/errors.js';
import { escapeHtml, renderHtmlPdf } from '../documents/index.js';
import { findInstitution, findPeopleNames } from '../identity/index.js';
import { kindEntry } from './domain/catalogue.js';
import { fromTenths } from './domain/tenths.js';
import { providersError } from './providers.errors.js';
import { canGetCertificate } from './providers.policy.js';
import { findAttendance, findProviderActivity } from './providers.repository.js';

// The certificate of an attendance (R-REG-EVID-1: "kunnen met een certificaat als bewijsstuk in het
// registerdossier gezet worden"), made on request from what is registered, so it always says what the
// register holds and nothing is stored twice. Laid out by the documents module (MuPDF, in its PDF workers) from
// HTML whose every text is escaped.

const labels = {
  nl: {
    title: 'Certificaat van deelname',
    intro: 'Hierbij verklaart {provider} dat',
    attended: 'heeft deelgenomen aan de gevalideerde professionaliseringsactiviteit',
    number: 'Nummer',
    kind: 'Soort',
    dates: 'Datum',
    ru: 'Erkende registeruren (RU)',
    registered: 'Deelname geregistreerd op',
    footer:
      'Gevalideerde activiteit met een uniek nummer en erkende RU; dit certificaat is het bewijsstuk in het registerdossier.',
    locale: 'nl-NL',
  },
  en: {
    title: 'Certificate of attendance',
    intro: '{provider} hereby declares that',
    attended: 'attended the validated professional development activity',
    number: 'Number',
    kind: 'Kind',
    dates: 'Date',
    ru: 'Recognised register hours (RU)',
    registered: 'Attendance registered on',
    footer:
      'A validated activity with a unique number and recognised RU; this certificate is the evidence in the register dossier.',
    locale: 'en-GB',
  },
} as const;

function day(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`));
}

export interface CertificateContent {
  language: Language;
  attendee: string;
  provider: string;
  number: string;
  title: string;
  kindLabel: string;
  startDate: string | null;
  date: string;
  recognisedRU: number;
  registeredOn: string;
}

export function certificateHtml(c: CertificateContent): string {
  const l = labels[c.language];
  const dates = c.startDate
    ? `${day(c.startDate, l.locale)} – ${day(c.date, l.locale)}`
    : day(c.date, l.locale);
  const row = (label: string, value: string) =>
    `<tr><th>${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`;
  const ru = new Intl.NumberFormat(l.locale, { maximumFractionDigits: 1 }).format(c.recognisedRU);
  // no `lang` attribute, which makes MuPDF write word by word (see documents' htmlPage); the language is in the metadata
  return `<!DOCTYPE html><html><head><meta charset="utf-8"/><title>${escapeHtml(l.title)}</title>
<style>
body { font-family: sans-serif; font-size: 11pt; color: #1a1a1a; }
h1 { font-size: 24pt; margin: 0 0 24pt 0; }
p { margin: 0 0 8pt 0; }
.name { font-size: 18pt; font-weight: bold; margin: 12pt 0; }
.activity { font-size: 14pt; font-weight: bold; margin: 12pt 0 18pt 0; }
table { border-collapse: collapse; width: 100%; margin-bottom: 24pt; }
th, td { text-align: left; padding: 4pt 6pt; border-bottom: 0.5pt solid #8a8a8a; vertical-align: top; }
th { width: 40%; font-weight: normal; color: #555555; }
.footer { font-size: 9pt; color: #555555; }
</style></head><body>
<h1>${escapeHtml(l.title)}</h1>
<p>${escapeHtml(l.intro.replace('{provider}', c.provider))}</p>
<p class="name">${escapeHtml(c.attendee)}</p>
<p>${escapeHtml(l.attended)}</p>
<p class="activity">${escapeHtml(c.title)}</p>
<table>
${row(l.number, c.number)}
${row(l.kind, c.kindLabel)}
${row(l.dates, dates)}
${row(l.ru, ru)}
${row(l.registered, day(c.registeredOn, l.locale))}
</table>
<p class="footer">${escapeHtml(l.footer)}</p>
</body></html>`;
}

export async function attendanceCertificate(
  ctx: AppContext,
  actor: Actor,
  opts: { attendanceId: string; language: Language },
): Promise<{ bytes: Uint8Array; contentDisposition: string }> {
  const attendance = await findAttendance(ctx.db, opts.attendanceId);
  const activity = attendance && (await findProviderActivity(ctx.db, attendance.providerActivityId));
  if (!attendance || !activity) throw providersError('ATTENDANCE_NOT_FOUND');
  if (
    !canGetCertificate(actor, {
      personId: attendance.personId,
      providerInstitutionId: activity.institutionId,
    })
  ) {
    throw platformError('FORBIDDEN');
  }
  const [provider, names] = await Promise.all([
    findInstitution(ctx.db, activity.institutionId),
    findPeopleNames(ctx.db, [attendance.personId]),
  ]);
  const content: CertificateContent = {
    language: opts.language,
    attendee: names.get(attendance.personId)?.displayName ?? '',
    provider: provider?.name ?? '',
    number: activity.number,
    title: activity.title,
    kindLabel: kindEntry(activity.kind).label[opts.language],
    startDate: activity.startDate,
    date: activity.date,
    recognisedRU: fromTenths(activity.recognisedTenths),
    registeredOn: attendance.registeredAt.toISOString().slice(0, 10),
  };
  const title = `${labels[opts.language].title} ${activity.number}`;
  const bytes = await renderHtmlPdf(certificateHtml(content), {
    title,
    author: 'Docentdossier',
    language: opts.language,
  });
  const fileName = `${opts.language === 'nl' ? 'certificaat' : 'certificate'}-${activity.number}.pdf`;
  return { bytes, contentDisposition: contentDisposition(fileName) };
}
