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

export type LoadedEvidence =
  | { file: EvidenceFile; source: SourceDocument; problem: null }
  | { file: EvidenceFile; source: null; problem: EvidenceProblem };

function open(kind: 'pdf' | 'image', bytes: Uint8Array): SourceDocument {
  return kind === 'pdf' ? openPdf(bytes) : openImage(bytes);
}

async function loadOne(file: EvidenceFile, converter: OfficeConverter | null): Promise<LoadedEvidence> {
  const kind = fileKind(file);
  try {
    if (kind === 'pdf' || kind === 'image') return { file, source: open(kind, file.bytes), problem: null };
    if (kind === 'office') {
      if (!converter) return { file, source: null, problem: 'not-converted' };
      let pdf: Uint8Array;
      try {
        pdf = await converter.toPdf(file.fileName, file.bytes);
      } catch {
        return { file, source: null, problem: 'not-converted' };
      }
      return { file, source: openPdf(pdf), problem: null };
    }
    return { file, source: null, problem: 'unreadable' };
  } catch (error) {
    if (error instanceof UnreadableFileError) return { file, source: null, problem: 'unreadable' };
    throw error;
  }
}

/**
 * Opens every file, in order: Office files one at a time through the converter (a converter process is
 * heavy). A file that cannot be used is kept with its problem, so it is still listed and keeps its number.
 */
export async function loadEvidence(
  files: EvidenceFile[],
  converter: OfficeConverter | null,
): Promise<LoadedEvidence[]> {
  const loaded: LoadedEvidence[] = [];
  try {
    for (const file of files) loaded.push(await loadOne(file, converter));
  } catch (error) {
    releaseEvidence(loaded);
    throw error;
  }
  return loaded;
}

export function releaseEvidence(loaded: LoadedEvidence[]): void {
  for (const e of loaded) e.source?.destroy();
}
