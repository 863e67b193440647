import { generateKeyPair, type KeyObject, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
// @ts-expect-error -- oidc-provider ships no type declarations; the few members used are typed below.
import { Provider } from 'oidc-provider';

/**
 * A real OpenID Connect provider (`oidc-provider`) on 127.0.0.1, for tests that log in the way SURFconext
 * does: authorization code with PKCE, a confidential client, and a login page that signs in the account
 * whose `sub` is posted. Everything lives in memory and ends with `close()`.
 */

export interface TestAccount {
  sub: string;
  email: string;
  email_verified?: boolean;
  name?: string;
}

export interface TestProviderOptions {
  redirectUri: string;
  /** Read on every login, so a test may change an account (its e-mail address, say) between logins. */
  accounts: TestAccount[];
  clientId?: string;
  clientSecret?: string;
}

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  close(): Promise<void>;
}

// The part of oidc-provider's API this file uses.
interface Interaction {
  uid: string;
  prompt: { name: string };
  params: Record<string, unknown>;
}
interface Grant {
  addOIDCScope(scope: string): void;
  save(): Promise<string>;
}
interface OidcProvider {
  callback(): (req: IncomingMessage, res: ServerResponse) => void;
  interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<Interaction>;
  interactionFinished(
    req: IncomingMessage,
    res: ServerResponse,
    result: object,
    options?: { mergeWithLastSubmission?: boolean },
  ): Promise<void>;
  Grant: new (init: { accountId: string; clientId: string }) => Grant;
}
const OidcProviderClass = Provider as new (issuer: string, configuration: object) => OidcProvider;

/** Scopes a login grants; the app asks for these. */
const GRANTED_SCOPE = 'openid email profile';
const TTL_SECONDS = 10 * 60;

export async function startTestProvider(options: TestProviderOptions): Promise<TestProvider> {
  const clientId = options.clientId ?? 'docentdossier-test';
  const clientSecret = options.clientSecret ?? randomBytes(24).toString('base64url');
  const account = (sub: string) => options.accounts.find((a) => a.sub === sub);

  // The provider needs its issuer before it can be built, and the issuer needs the port: bind first.
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const provider = new OidcProviderClass(issuer, {
    adapter: memoryAdapter(),
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [options.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    pkce: { required: () => true },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    findAccount: (_ctx: unknown, sub: string) => {
      const found = account(sub);
      if (!found) return undefined;
      return {
        accountId: found.sub,
        claims: () => ({
          sub: found.sub,
          email: found.email,
          email_verified: found.email_verified ?? true,
          ...(found.name ? { name: found.name } : {}),
        }),
      };
    },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx: unknown, interaction: Interaction) => `/interaction/${interaction.uid}` },
    jwks: { keys: [await signingKey()] },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    clientBasedCORS: () => false,
    ttl: {
      AccessToken: TTL_SECONDS,
      AuthorizationCode: 60,
      IdToken: TTL_SECONDS,
      Interaction: TTL_SECONDS,
      Session: TTL_SECONDS,
      Grant: TTL_SECONDS,
    },
  });
  const handleProtocol = provider.callback();

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const uid = /^\/interaction\/([\w-]+)$/.exec(new URL(req.url ?? '/', issuer).pathname)?.[1];
    if (!uid) {
      handleProtocol(req, res);
      return;
    }
    const handle = req.method === 'POST' ? logIn : req.method === 'GET' ? showLoginPage : null;
    if (!handle) {
      send(res, 405, 'text/plain', 'method not allowed');
      return;
    }
    handle(req, res).catch((error: unknown) => {
      send(res, 400, 'text/plain', error instanceof Error ? error.message : String(error));
    });
  });

  /** One button per account: a person picks who they are, as at a test IdP. */
  async function showLoginPage(req: IncomingMessage, res: ServerResponse) {
    const { uid } = await provider.interactionDetails(req, res);
    const forms = options.accounts.map(
      (a) => `<form method="post" action="/interaction/${escapeHtml(uid)}">
  <input type="hidden" name="sub" value="${escapeHtml(a.sub)}">
  <button type="submit">Sign in as ${escapeHtml(a.email)}</button>
</form>`,
    );
    send(
      res,
      200,
      'text/html; charset=utf-8',
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test identity provider</title></head>
<body><main><h1>Test identity provider</h1>${forms.join('\n')}</main></body></html>`,
    );
  }

  /** Signs in the posted account and consents to the scopes at once, then resumes the authorization. */
  async function logIn(req: IncomingMessage, res: ServerResponse) {
    const sub = new URLSearchParams(await readBody(req)).get('sub') ?? '';
    if (!account(sub)) throw new Error(`unknown account ${sub}`);
    const { params } = await provider.interactionDetails(req, res);
    const grant = new provider.Grant({ accountId: sub, clientId: String(params.client_id) });
    grant.addOIDCScope(GRANTED_SCOPE);
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId: sub }, consent: { grantId: await grant.save() } },
      { mergeWithLastSubmission: false },
    );
  }

  return {
    issuer,
    clientId,
    clientSecret,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** A free TCP port on 127.0.0.1, for a server whose URL must be known before it starts. */
export async function findFreePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', resolve);
  });
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

async function signingKey() {
  const { privateKey } = await new Promise<{ privateKey: KeyObject }>((resolve, reject) =>
    generateKeyPair('rsa', { modulusLength: 2048 }, (error, _publicKey, privateKey) =>
      error ? reject(error) : resolve({ privateKey }),
    ),
  );
  return { ...privateKey.export({ format: 'jwk' }), kid: 'test', use: 'sig', alg: 'RS256' };
}

interface Stored {
  payload: Record<string, unknown>;
  expiresAt: number;
}

/**
 * oidc-provider's storage, in a Map of this provider's own (its built-in adapter shares one store per
 * process and warns on start).
 */
function memoryAdapter() {
  const store = new Map<string, Stored>();
  const sessionsByUid = new Map<string, string>();
  return (model: string) => {
    const key = (id: string) => `${model}:${id}`;
    const find = async (id: string) => {
      const stored = store.get(key(id));
      return stored && stored.expiresAt > Date.now() ? stored.payload : undefined;
    };
    return {
      find,
      async upsert(id: string, payload: Record<string, unknown>, expiresIn?: number) {
        store.set(key(id), { payload, expiresAt: expiresIn ? Date.now() + expiresIn * 1000 : Infinity });
        if (model === 'Session' && typeof payload.uid === 'string') sessionsByUid.set(payload.uid, id);
      },
      async findByUid(uid: string) {
        const id = sessionsByUid.get(uid);
        return id === undefined ? undefined : find(id);
      },
      async findByUserCode() {
        return undefined;
      },
      async consume(id: string) {
        const stored = store.get(key(id));
        if (stored) stored.payload.consumed = Math.floor(Date.now() / 1000);
      },
      async destroy(id: string) {
        store.delete(key(id));
      },
      async revokeByGrantId(grantId: string) {
        for (const [k, stored] of store) if (stored.payload.grantId === grantId) store.delete(k);
      },
    };
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, type: string, body: string) {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}
