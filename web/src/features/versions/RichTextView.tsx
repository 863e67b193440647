import { Typography } from '@mantine/core';
import { createElement, type ReactNode } from 'react';
import type { RichText } from '../../../../contracts/rich-text.js';
import { type RichTextNode, richTextElements } from './richText';

function toReact(node: RichTextNode, key: number): ReactNode {
  if (typeof node === 'string') return node;
  const props = node.start === undefined ? { key } : { key, start: node.start };
  return createElement(node.tag, props, ...node.children.map(toReact));
}

/** A reflection as the teacher wrote it, read-only; its headings start at `headingBase` (h4 by default). */
export function RichTextView({ doc, headingBase }: { doc: RichText; headingBase?: number }) {
  return <Typography>{richTextElements(doc, headingBase).map(toReact)}</Typography>;
}
