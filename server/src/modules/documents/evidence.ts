import { openImage, openPdf, type SourceDocument, UnreadableFileError } from './pdf.js';

/** One uploaded evidence file, as stored (bytes as given), with the title the teacher gave it. */
export interface EvidenceFile {
  id: string;
  title: string;
  /** e.g. "Studentevaluatie", already in the document's language; printed after the title */
  kind?: string;
  fileName: string;
  mediaType: string;
  bytes: Uint8Array;
}

/** Turns an Office file into PDF bytes; rejects when it cannot. */
export interface OfficeConverter {
  toPdf(fileName: string, bytes: Uint8Array): Promise<Uint8Array>;
}

export type EvidenceProblem = 'not-converted' | 'unreadable';

export type FileKind = 'pdf' | 'image' | 'office' | 'other';

const officeExtensions = new Set(['doc', 'docx', 'odt', 'rtf', 'xls', 'xlsx', 'ods', 'ppt', 'pptx', 'odp']);
const officeMediaTypes = [
  'application/msword',
  'application/rtf',
  'application/vnd.ms-excel',
  'application/vnd.ms-powerpoint',
  'application/vnd.openxmlformats-officedocument.',
  'application/vnd.oasis.opendocument.',
];

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((b, i) => bytes[i] === b);

/**
 * What a file is, from its content first (PDF, PNG, JPEG signatures); Office files, which are ZIP or OLE
 * containers, by their media type or extension.
 */
export function fileKind(file: Pick<EvidenceFile, 'fileName' | 'mediaType' | 'bytes'>): FileKind {
  const head = new TextDecoder('latin1').decode(file.bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) return 'pdf';
  if (startsWith(file.bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image';
  if (startsWith(file.bytes, [0xff, 0xd8, 0xff])) return 'image';
  if (
    officeExtensions.has(extensionOf(file.fileName)) ||
    officeMediaTypes.some((t) => file.mediaType.startsWith(t))
  ) {
    return 'office';
  }
  return 'other';
}

/**
 * An evidence file ready for the PDF work: an Office file already converted (its bytes are then the PDF),
 * or marked with why it cannot be included. Plain data, so it can be sent to the PDF worker.
 */
export type PreparedEvidence =
  | { file: EvidenceFile; kind: 'pdf' | 'image'; problem: null }
  | { file: EvidenceFile; kind: null; problem: EvidenceProblem };

async function prepareOne(file: EvidenceFile, converter: OfficeConverter | null): Promise<PreparedEvidence> {
  const kind = fileKind(file);
  if (kind === 'pdf' || kind === 'image') return { file, kind, problem: null };
  if (kind === 'other') return { file, kind: null, problem: 'unreadable' };
  if (!converter) return { file, kind: null, problem: 'not-converted' };
  try {
    return {
      file: { ...file, bytes: await converter.toPdf(file.fileName, file.bytes) },
      kind: 'pdf',
      problem: null,
    };
  } catch {
    return { file, kind: null, problem: 'not-converted' };
  }
}

/**
 * Decides what each file is and converts Office files, one at a time (a converter process is heavy).
 * A file that cannot be used is kept with its problem, so it is still listed and keeps its number.
 */
export async function prepareEvidence(
  files: EvidenceFile[],
  converter: OfficeConverter | null,
): Promise<PreparedEvidence[]> {
  const prepared: PreparedEvidence[] = [];
  for (const file of files) prepared.push(await prepareOne(file, converter));
  return prepared;
}

export type LoadedEvidence =
  | { file: EvidenceFile; source: SourceDocument; problem: null }
  | { file: EvidenceFile; source: null; problem: EvidenceProblem };

/** Opens every prepared file; one that turns out damaged or protected is marked unreadable. */
export function openEvidence(prepared: PreparedEvidence[]): LoadedEvidence[] {
  const loaded: LoadedEvidence[] = [];
  try {
    for (const p of prepared) {
      if (p.kind === null) {
        loaded.push({ file: p.file, source: null, problem: p.problem });
        continue;
      }
      try {
        const source = p.kind === 'pdf' ? openPdf(p.file.bytes) : openImage(p.file.bytes);
        loaded.push({ file: p.file, source, problem: null });
      } catch (error) {
        if (!(error instanceof UnreadableFileError)) throw error;
        loaded.push({ file: p.file, source: null, problem: 'unreadable' });
      }
    }
  } catch (error) {
    releaseEvidence(loaded);
    throw error;
  }
  return loaded;
}

export function releaseEvidence(loaded: LoadedEvidence[]): void {
  for (const e of loaded) e.source?.destroy();
}
