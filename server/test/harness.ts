import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { CSRF_COOKIE, CSRF_HEADER } from '../../contracts/common.js';
import { buildApp } from '../src/app.js';
import { parseConfig } from '../src/config.js';
import type { AppContext } from '../src/platform/context.js';
import type { Database } from '../src/platform/db/database.js';
import { createTestDatabase } from './database.js';

export interface TestClock {
  now(): Date;
  advance(ms: number): void;
}

export interface TestApp {
  app: FastifyInstance;
  ctx: AppContext;
  database: Database;
  clock: TestClock;
  close(): Promise<void>;
}

/** The real app on a database of its own, with a clock the test can move. */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  let offset = 0;
  const clock: TestClock = {
    now: () => new Date(Date.now() + offset),
    advance: (ms) => {
      offset += ms;
    },
  };
  const config = parseConfig({ DEMO_DATA: 'false', LOG_LEVEL: 'silent', ...env });
  const ctx: AppContext = { db: database.db, config, now: clock.now };
  const app = await buildApp({ ctx, serveWeb: false });
  await app.ready();
  return {
    app,
    ctx,
    database,
    clock,
    async close() {
      await app.close();
      await database.close();
    },
  };
}

interface RequestOptions {
  headers?: Record<string, string>;
  /** false: leave out the CSRF header, to test the defence */
  csrf?: boolean;
}

/** A browser-like client: keeps cookies and echoes the CSRF cookie in the header, as the web app does. */
export class TestClient {
  private readonly cookies = new Map<string, string>();

  constructor(
    private readonly app: FastifyInstance,
    private readonly language: 'nl' | 'en' = 'nl',
  ) {}

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  async request(
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    payload?: unknown,
    options: RequestOptions = {},
  ): Promise<LightMyRequestResponse> {
    if (method !== 'GET' && !this.cookies.has(CSRF_COOKIE)) await this.request('GET', '/api/v1/auth/csrf');
    const headers: Record<string, string> = { 'accept-language': this.language };
    if (this.cookies.size > 0) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const csrf = this.cookies.get(CSRF_COOKIE);
    if (method !== 'GET' && options.csrf !== false && csrf) headers[CSRF_HEADER] = csrf;
    Object.assign(headers, options.headers);
    const response = await this.app.inject({
      method,
      url,
      headers,
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
    for (const c of response.cookies) {
      const expired = c.maxAge === 0 || (c.expires && c.expires.getTime() <= Date.now());
      if (expired || c.value === '') this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    return response;
  }

  get = (url: string, options?: RequestOptions) => this.request('GET', url, undefined, options);
  post = (url: string, payload?: unknown, options?: RequestOptions) =>
    this.request('POST', url, payload ?? {}, options);
  patch = (url: string, payload?: unknown, options?: RequestOptions) =>
    this.request('PATCH', url, payload ?? {}, options);
  delete = (url: string, options?: RequestOptions) => this.request('DELETE', url, undefined, options);

  async login(email: string, password: string = TEST_PASSWORD): Promise<LightMyRequestResponse> {
    const response = await this.post('/api/v1/auth/login', { email, password });
    if (response.statusCode !== 200) throw new Error(`login of ${email} failed: ${response.body}`);
    return response;
  }
}

export const TEST_PASSWORD = 'correct horse battery staple';
