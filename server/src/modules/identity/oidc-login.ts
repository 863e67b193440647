import * as client from 'openid-client';
import { writeAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { identityError } from './identity.errors.js';
import {
  findPersonByEmail,
  findPersonByOidcSubject,
  insertOidcLogin,
  takeOidcLogin,
  updatePerson,
} from './identity.repository.js';
import { startSession } from './sessions.js';

// A login at the provider must finish within this time.
const LOGIN_TTL_MS = 10 * 60_000;

export const OIDC_CALLBACK_PATH = '/api/v1/auth/oidc/callback';

/**
 * Single sign-on by OpenID Connect (authorization code + PKCE), as SURFconext speaks it. The provider's
 * metadata is discovered on first use and kept; a failed discovery is retried on the next login.
 */
export class OidcLogin {
  private configuration: Promise<client.Configuration> | undefined;

  constructor(private readonly ctx: AppContext) {}

  get enabled(): boolean {
    return this.ctx.config.oidc !== null;
  }

  private settings() {
    const oidc = this.ctx.config.oidc;
    if (!oidc) throw identityError('OIDC_DISABLED');
    return oidc;
  }

  private discover(): Promise<client.Configuration> {
    const oidc = this.settings();
    this.configuration ??= client
      .discovery(
        new URL(oidc.issuer),
        oidc.clientId,
        undefined,
        oidc.clientSecret ? client.ClientSecretBasic(oidc.clientSecret) : client.None(),
        oidc.allowInsecure ? { execute: [client.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        this.configuration = undefined;
        throw error;
      });
    return this.configuration;
  }

  private redirectUri(): string {
    return `${this.ctx.config.publicUrl}${OIDC_CALLBACK_PATH}`;
  }

  /** Records the login's secrets and returns the provider's URL to send the browser to. */
  async start(returnTo: string): Promise<{ url: string; state: string }> {
    this.settings();
    let configuration: client.Configuration;
    try {
      configuration = await this.discover();
    } catch {
      throw identityError('OIDC_UNAVAILABLE');
    }
    const codeVerifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    await insertOidcLogin(this.ctx.db, {
      state,
      nonce,
      codeVerifier,
      returnTo,
      expiresAt: new Date(this.ctx.now().getTime() + LOGIN_TTL_MS),
    });
    const url = client.buildAuthorizationUrl(configuration, {
      redirect_uri: this.redirectUri(),
      scope: 'openid email profile',
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return { url: url.href, state };
  }

  /**
   * Completes the login the provider sent back. The person is found by the subject they used before,
   * else by e-mail address (and the subject is remembered); nobody is created here.
   */
  async finish(callbackUrl: URL, browserState: string | undefined) {
    const state = callbackUrl.searchParams.get('state');
    if (!state || state !== browserState) throw identityError('OIDC_FAILED');
    const pending = await takeOidcLogin(this.ctx.db, state, this.ctx.now());
    if (!pending) throw identityError('OIDC_FAILED');
    let claims: client.IDToken | undefined;
    let userInfo: client.UserInfoResponse | undefined;
    try {
      const configuration = await this.discover();
      const tokens = await client.authorizationCodeGrant(configuration, callbackUrl, {
        pkceCodeVerifier: pending.codeVerifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
      });
      claims = tokens.claims();
      // In the code flow a provider may keep the e-mail scope's claims out of the ID token and return them
      // from the UserInfo endpoint only (OIDC Core 5.4); its answer must be about the same subject.
      if (claims && typeof claims.email !== 'string') {
        userInfo = await client.fetchUserInfo(configuration, tokens.access_token, claims.sub);
      }
    } catch {
      throw identityError('OIDC_FAILED');
    }
    if (!claims) throw identityError('OIDC_FAILED');
    const subject = claims.sub;
    const source = userInfo ?? claims;
    const email = typeof source.email === 'string' && source.email_verified !== false ? source.email : null;

    return this.ctx.db.transaction(async (tx) => {
      let person = await findPersonByOidcSubject(tx, subject);
      if (!person && email) {
        const byEmail = await findPersonByEmail(tx, email);
        // An address already tied to another subject is not taken over.
        if (byEmail && !byEmail.oidcSubject)
          person = await updatePerson(tx, byEmail.id, { oidcSubject: subject });
      }
      if (!person) throw identityError('OIDC_UNKNOWN_PERSON', { email: email ?? subject });
      const session = await startSession({ ...this.ctx, db: tx }, person.id, 'oidc');
      await writeAudit(tx, {
        actorId: person.id,
        action: 'session.start',
        entityType: 'person',
        entityId: person.id,
        after: { via: 'oidc', subject },
      });
      return { ...session, returnTo: pending.returnTo };
    });
  }
}
