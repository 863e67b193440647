import type { ActivityKind, ContentKind } from '../../../../contracts/register.js';
import type { PublishProviderActivity } from '../../../../contracts/register-providers.js';

// The publish form as plain data: what the fields hold and what is sent. The server checks the rest (a
// number taken, a first day after the date) and names the field.

export interface PublishValues {
  number: string;
  title: string;
  description: string;
  kind: ActivityKind | null;
  content: ContentKind | null;
  startDate: string;
  date: string;
  recognisedRU: number | '';
}

export type RequiredPublishField = 'number' | 'title' | 'kind' | 'content' | 'date' | 'recognisedRU';

/** The required fields left empty, in the form's order. */
export function requiredPublishFields(values: PublishValues): RequiredPublishField[] {
  const missing: RequiredPublishField[] = [];
  if (!values.number.trim()) missing.push('number');
  if (values.recognisedRU === '') missing.push('recognisedRU');
  if (!values.title.trim()) missing.push('title');
  if (!values.kind) missing.push('kind');
  if (!values.content) missing.push('content');
  if (!values.date) missing.push('date');
  return missing;
}

/** The request for complete values; an empty description or first day is left out. */
export function publishInputOf(values: PublishValues): PublishProviderActivity {
  const { kind, content, recognisedRU } = values;
  if (!kind || !content || recognisedRU === '') throw new Error('the form is incomplete');
  const description = values.description.trim();
  return {
    number: values.number.trim(),
    title: values.title.trim(),
    kind,
    content,
    date: values.date,
    recognisedRU,
    ...(description ? { description } : {}),
    ...(values.startDate && values.startDate !== values.date ? { startDate: values.startDate } : {}),
  };
}
