import { z } from 'zod';

/**
 * Every environment variable the server reads, parsed once at start. A bad value stops the process with
 * a message naming the variable, so a misconfiguration never surfaces as an odd failure later.
 */
const Env = z
  .object({
    /** HTTP port. */
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    /** Interface to listen on. */
    HOST: z.string().default('0.0.0.0'),
    /** Where the embedded database (PGlite) and uploaded files live. */
    DATA_DIR: z.string().default('./data'),
    /** postgres://… to use a PostgreSQL server instead of the embedded database. */
    DATABASE_URL: z.string().url().optional(),
    /** Connection pool size when DATABASE_URL is set. */
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(500).default(10),
    /** Trust X-Forwarded-* headers from a reverse proxy in front of the app. */
    TRUST_PROXY: z.enum(['true', 'false']).default('false'),
    /** Public base URL of the app, used for OIDC redirects and links in mail. */
    PUBLIC_URL: z.string().url().optional(),
    /** Seed the demo institutions and accounts into an empty database. */
    DEMO_DATA: z.enum(['true', 'false']).default('true'),
    /** A session ends after this many minutes without a request. */
    SESSION_IDLE_MINUTES: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(120),
    /** A session ends this many hours after login, whatever happens. */
    SESSION_MAX_HOURS: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 30)
      .default(12),
    /** Failed logins for one e-mail address within 15 minutes before further attempts are refused. */
    LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(1000).default(5),
    /** Set cookies with the Secure flag (default: when PUBLIC_URL is https). */
    COOKIE_SECURE: z.enum(['true', 'false']).optional(),
    /** OpenID Connect single sign-on (SURFconext); on when OIDC_ISSUER is set. */
    OIDC_ISSUER: z.string().url().optional(),
    OIDC_CLIENT_ID: z.string().optional(),
    OIDC_CLIENT_SECRET: z.string().optional(),
    /** Label of the SSO button. */
    OIDC_LABEL: z.string().default('SURFconext'),
    /** Allow an http:// issuer (local test providers only). */
    OIDC_ALLOW_INSECURE: z.enum(['true', 'false']).default('false'),
    /** Largest uploaded file (evidence, later portfolios) in megabytes. */
    UPLOAD_MAX_MB: z.coerce.number().min(0.1).max(100).default(10),
    /** Mail server, as one URL (`smtps://user:password@host:465`); or the SMTP_HOST… variables. */
    SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
    SMTP_HOST: z.string().min(1).optional(),
    /** Default 465 with SMTP_SECURE, else 587 (STARTTLS). */
    SMTP_PORT: z.coerce.number().int().min(1).max(65535).optional(),
    SMTP_USER: z.string().min(1).optional(),
    SMTP_PASSWORD: z.string().optional(),
    /** TLS from the first byte (port 465); false: upgrade with STARTTLS when the server offers it. */
    SMTP_SECURE: z.enum(['true', 'false']).default('false'),
    /** The sender of every mail: `Docentdossier <noreply@example.nl>`. */
    SMTP_FROM: z.string().min(3).optional(),
    /** Log level: fatal, error, warn, info, debug, trace or silent. */
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  })
  .superRefine((env, ctx) => {
    if (env.OIDC_ISSUER && !env.OIDC_CLIENT_ID) {
      ctx.addIssue({ code: 'custom', path: ['OIDC_CLIENT_ID'], message: 'required when OIDC_ISSUER is set' });
    }
    if (env.SMTP_URL && env.SMTP_HOST) {
      ctx.addIssue({
        code: 'custom',
        path: ['SMTP_HOST'],
        message: 'set either SMTP_URL or SMTP_HOST, not both',
      });
    }
    if ((env.SMTP_URL || env.SMTP_HOST) && !env.SMTP_FROM) {
      ctx.addIssue({
        code: 'custom',
        path: ['SMTP_FROM'],
        message: 'required when SMTP_URL or SMTP_HOST is set',
      });
    }
  });

export type Config = ReturnType<typeof parseConfig>;

/** How to reach the mail server, in nodemailer's terms; null: no mail is sent, the outbox keeps it. */
export type SmtpConfig = ReturnType<typeof smtpOf>;

function smtpOf(e: z.infer<typeof Env>) {
  const from = e.SMTP_FROM ?? '';
  if (e.SMTP_URL) return { transport: e.SMTP_URL, from };
  if (!e.SMTP_HOST) return null;
  const secure = e.SMTP_SECURE === 'true';
  return {
    transport: {
      host: e.SMTP_HOST,
      port: e.SMTP_PORT ?? (secure ? 465 : 587),
      secure,
      auth: e.SMTP_USER ? { user: e.SMTP_USER, pass: e.SMTP_PASSWORD ?? '' } : undefined,
    },
    from,
  };
}

export function parseConfig(env: NodeJS.ProcessEnv = process.env) {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, '');
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: e.DATA_DIR,
    databaseUrl: e.DATABASE_URL,
    databasePoolMax: e.DATABASE_POOL_MAX,
    publicUrl,
    demoData: e.DEMO_DATA === 'true',
    session: { idleMinutes: e.SESSION_IDLE_MINUTES, maxHours: e.SESSION_MAX_HOURS },
    loginMaxFailures: e.LOGIN_MAX_FAILURES,
    cookieSecure: e.COOKIE_SECURE ? e.COOKIE_SECURE === 'true' : publicUrl.startsWith('https:'),
    oidc: e.OIDC_ISSUER
      ? {
          issuer: e.OIDC_ISSUER,
          clientId: e.OIDC_CLIENT_ID ?? '',
          clientSecret: e.OIDC_CLIENT_SECRET,
          label: e.OIDC_LABEL,
          allowInsecure: e.OIDC_ALLOW_INSECURE === 'true',
        }
      : null,
    uploadMaxBytes: Math.round(e.UPLOAD_MAX_MB * 1024 * 1024),
    smtp: smtpOf(e),
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY === 'true',
  };
}
