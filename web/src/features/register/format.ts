/** Register hours in the interface language, with at most one decimal: "12,5" in Dutch. */
export const formatRU = (value: number, language: string) =>
  new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value);

/** A file size in kB or MB, in the interface language. */
export function formatSize(bytes: number, language: string): string {
  const format = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  if (bytes < 1024 * 1024) return `${format.format(Math.max(0.1, bytes / 1024))} kB`;
  return `${format.format(bytes / (1024 * 1024))} MB`;
}
