import { describe, expect, it } from 'vitest';
import { parseConfig } from './config.js';

describe('configuration', () => {
  it('has defaults that run the app on the embedded database at port 3000', () => {
    const config = parseConfig({});
    expect(config).toMatchObject({
      port: 3000,
      dataDir: './data',
      databaseUrl: undefined,
      demoData: true,
      oidc: null,
    });
    expect(config.publicUrl).toBe('http://localhost:3000');
    expect(config.cookieSecure).toBe(false);
  });

  it('marks cookies secure behind an https address', () => {
    expect(parseConfig({ PUBLIC_URL: 'https://dossier.example.nl/' }).cookieSecure).toBe(true);
  });

  it('fails naming the bad variable', () => {
    expect(() => parseConfig({ PORT: 'abc', SESSION_IDLE_MINUTES: '0' })).toThrow(
      /PORT[\s\S]*SESSION_IDLE_MINUTES/,
    );
    expect(() => parseConfig({ OIDC_ISSUER: 'https://idp.example' })).toThrow(/OIDC_CLIENT_ID/);
  });
});
