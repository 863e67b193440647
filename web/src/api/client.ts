import type { z } from 'zod';
import { CSRF_COOKIE, CSRF_HEADER, ErrorBody } from '../../../contracts/common.js';
import { CsrfToken } from '../../../contracts/identity.js';
import { currentLanguage, i18n } from '../i18n/i18n';

/** An error answered by the API (or a failure to reach it); `message` is ready to show to the user. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The session is missing or has expired: the user has to log in (again). */
export const isAuthRequired = (error: unknown): boolean =>
  error instanceof ApiError && error.status === 401 && error.code === 'AUTH_REQUIRED';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
type QueryValue = string | number | undefined | null;

export interface RequestOptions {
  method?: Method;
  body?: unknown;
  query?: Record<string, QueryValue>;
}

function readCookie(name: string): string | undefined {
  const prefix = `${name}=`;
  const cookie = document.cookie.split('; ').find((part) => part.startsWith(prefix));
  return cookie === undefined ? undefined : decodeURIComponent(cookie.slice(prefix.length));
}

// Double-submit CSRF: the server sets a readable cookie; on a first visit it may not be there yet.
async function csrfToken(): Promise<string> {
  const fromCookie = readCookie(CSRF_COOKIE);
  if (fromCookie) return fromCookie;
  return (await request('/api/v1/auth/csrf', CsrfToken)).token;
}

function url(path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

/** The error an unsuccessful answer carries, with the server's message. */
export async function toApiError(response: Response): Promise<ApiError> {
  const parsed = ErrorBody.safeParse(await response.json().catch(() => null));
  if (parsed.success) {
    const { code, message, details } = parsed.data.error;
    return new ApiError(response.status, code, message, details);
  }
  return new ApiError(response.status, 'UNEXPECTED_RESPONSE', i18n.t('errors.unexpected'));
}

/** Calls the API and parses the answer with the contract's schema; `null` for answers without a body. */
export async function request<T>(path: string, schema: z.ZodType<T>, options?: RequestOptions): Promise<T>;
export async function request(path: string, schema: null, options?: RequestOptions): Promise<void>;
export async function request<T>(
  path: string,
  schema: z.ZodType<T> | null,
  options: RequestOptions = {},
): Promise<T | undefined> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': currentLanguage(),
  };
  // A form (a file upload) sets its own multipart content type, with the boundary; a file (Blob) its own type.
  const isForm = options.body instanceof FormData || options.body instanceof Blob;
  if (options.body !== undefined && !isForm) headers['Content-Type'] = 'application/json';
  if (method !== 'GET') headers[CSRF_HEADER] = await csrfToken();

  let response: Response;
  try {
    response = await fetch(url(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body:
        options.body === undefined || isForm
          ? (options.body as FormData | Blob | undefined)
          : JSON.stringify(options.body),
    });
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', i18n.t('errors.network'));
  }
  if (!response.ok) throw await toApiError(response);
  if (schema === null) return undefined;
  const parsed = schema.safeParse(await response.json().catch(() => null));
  if (!parsed.success) {
    console.error(`Unexpected answer from ${method} ${path}`, parsed.error);
    throw new ApiError(response.status, 'UNEXPECTED_RESPONSE', i18n.t('errors.unexpected'));
  }
  return parsed.data;
}

/**
 * Fetches a file and hands it to the browser to save. Fetched rather than linked, so the file is in the
 * interface language (a link would send the browser's Accept-Language), and a refusal shows as an error.
 */
export async function download(path: string, fallbackName: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch(path, {
      headers: { 'Accept-Language': currentLanguage() },
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', i18n.t('errors.network'));
  }
  if (!response.ok) throw await toApiError(response);
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1];
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name ?? fallbackName;
  link.click();
  // The click has handed the file to the browser; the address is not needed any more.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
