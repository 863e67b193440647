/** The editor's text read as a policy document, or where it stops being JSON (line and column from 1). */
export type ParsedDocument =
  | { ok: true; document: Record<string, unknown> }
  | { ok: false; problem: 'syntax'; line: number | null; column: number | null }
  | { ok: false; problem: 'not-an-object' };

/** The document as the editor shows it: indented, so a diff by eye and the server's paths are easy to follow. */
export const documentText = (document: unknown) => JSON.stringify(document, null, 2);

/**
 * Reads the editor's text. The browser's own message is in the browser's language and wording; only the
 * place is taken from it (V8 names the `position`), so the page can say it in the interface language.
 */
export function parseDocument(text: string): ParsedDocument {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const position = /position (\d+)/.exec(error instanceof Error ? error.message : '')?.[1];
    if (position === undefined) return { ok: false, problem: 'syntax', line: null, column: null };
    const before = text.slice(0, Number(position)).split('\n');
    return {
      ok: false,
      problem: 'syntax',
      line: before.length,
      column: (before.at(-1)?.length ?? 0) + 1,
    };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, problem: 'not-an-object' };
  }
  return { ok: true, document: value as Record<string, unknown> };
}
