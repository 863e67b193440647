import { Anchor, type CSSVariablesResolver, createTheme } from '@mantine/core';

// Shades 8 and 9 carry text and filled buttons: both reach at least 7:1 against white (WCAG AA needs 4.5:1).
export const theme = createTheme({
  primaryColor: 'dossier',
  primaryShade: { light: 8, dark: 6 },
  colors: {
    dossier: [
      '#e9f1f9',
      '#d3e2f1',
      '#a7c5e3',
      '#79a7d5',
      '#548eca',
      '#3c7fc3',
      '#2f77c1',
      '#2266ab',
      '#1a5a99',
      '#0b4d88',
    ],
  },
  fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  headings: { fontWeight: '650' },
  defaultRadius: 'md',
  cursorType: 'pointer',
  // People who ask their system for less motion get none (WCAG 2.3.3), notifications included.
  respectReducedMotion: true,
  components: {
    // Links inside running text must stand out by more than colour (WCAG 1.4.1).
    Anchor: Anchor.extend({ defaultProps: { underline: 'always' } }),
  },
});

// Mantine's default dimmed, error and placeholder greys fall below 4.5:1 on white; darker shades keep AA contrast.
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-7)',
  },
  dark: {},
});
