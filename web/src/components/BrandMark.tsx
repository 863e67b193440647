/** The product's logo; decorative, because the product name always stands next to it. */
export function BrandMark({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="7" fill="var(--mantine-color-dossier-8)" />
      <path d="M10 7h8l6 6v12a1 1 0 0 1-1 1H10a1 1 0 0 1-1-1V8a1 1 0 0 1 1-1z" fill="#fff" />
      <path d="M18 7v6h6" fill="var(--mantine-color-dossier-2)" />
      <path
        d="M12 17h8M12 21h8"
        stroke="var(--mantine-color-dossier-8)"
        strokeWidth="2"
        strokeLinecap="round"
      />
    </svg>
  );
}
