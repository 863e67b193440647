import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { CSRF_COOKIE, CSRF_HEADER, type Language } from '../../../../contracts/common.js';
import type { Role } from '../../../../contracts/identity.js';
import { platformError } from './errors.js';

export const SESSION_COOKIE = 'dd_session';

export interface ActorRole {
  assignmentId: string;
  role: Role;
  institutionId: string | null;
  institutionName: string | null;
  unitId: string | null;
  unitName: string | null;
  /** `/root/…/unit/` of the unit, for "this unit or below" checks */
  unitPath: string | null;
}

/** Who is calling: the person behind the session, with every role they hold. */
export interface Actor {
  personId: string;
  sessionId: string;
  displayName: string;
  email: string;
  language: Language;
  roles: ActorRole[];
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Reachable without a session. Everything else is denied to anonymous callers. */
    public?: boolean;
    /** Set false only for stateless public calculators that other systems call without cookies. */
    csrf?: boolean;
  }
  interface FastifyRequest {
    actor: Actor | null;
  }
}

export interface AuthHooksOptions {
  /** Finds the live session's actor for a token hash, or null; extends the session's life as a side effect. */
  resolveActor(tokenHash: string): Promise<Actor | null>;
  cookieSecure: boolean;
  /** Path prefixes of pages served by plugins that are public as a whole, such as the API reference. */
  publicPrefixes?: string[];
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function sameToken(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The request's actor, for handlers of non-public routes (the hook has already refused anonymous calls). */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw platformError('AUTH_REQUIRED');
  return request.actor;
}

/**
 * Deny by default: every /api route needs a live session unless it is declared public. State-changing
 * requests also need the CSRF token (double-submit: a cookie the page can read, echoed in a header that
 * another site cannot set).
 */
export function registerAuthHooks(app: FastifyInstance, options: AuthHooksOptions): void {
  app.decorateRequest('actor', null);

  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[SESSION_COOKIE];
    request.actor = token ? await options.resolveActor(hashToken(token)) : null;

    const config = request.routeOptions.config;
    // Unknown routes fall through to the not-found handler, which answers 404 in the error shape.
    if (!request.routeOptions.url) return;
    const isPublic = config.public || options.publicPrefixes?.some((p) => request.url.startsWith(p));
    if (!isPublic && !request.actor) throw platformError('AUTH_REQUIRED');

    let csrf = request.cookies[CSRF_COOKIE];
    if (!csrf) {
      csrf = newToken();
      setCsrfCookie(reply, csrf, options.cookieSecure);
      request.cookies[CSRF_COOKIE] = csrf;
    }
    if (MUTATING.has(request.method) && config.csrf !== false) {
      const header = request.headers[CSRF_HEADER];
      if (!sameToken(typeof header === 'string' ? header : undefined, request.cookies[CSRF_COOKIE])) {
        throw platformError('CSRF_INVALID');
      }
    }
  });
}

function setCsrfCookie(reply: FastifyReply, token: string, secure: boolean): void {
  // Readable by the page on purpose: the page echoes it in the header. SameSite keeps it off other sites.
  reply.setCookie(CSRF_COOKIE, token, { path: '/', sameSite: 'strict', httpOnly: false, secure });
}

export function setSessionCookie(
  reply: FastifyReply,
  token: string,
  maxAgeSeconds: number,
  secure: boolean,
): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    maxAge: maxAgeSeconds,
  });
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure });
}
