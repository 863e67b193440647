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
      smtp: null,
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

  it('reaches the mail server by URL or by host, always with a sender', () => {
    const from = 'Docentdossier <noreply@example.nl>';
    expect(parseConfig({ SMTP_URL: 'smtps://u:p@mail.example.nl', SMTP_FROM: from }).smtp).toEqual({
      transport: 'smtps://u:p@mail.example.nl',
      from,
    });
    expect(
      parseConfig({ SMTP_HOST: 'mail.example.nl', SMTP_USER: 'u', SMTP_PASSWORD: 'p', SMTP_FROM: from }).smtp,
    ).toEqual({
      transport: { host: 'mail.example.nl', port: 587, secure: false, auth: { user: 'u', pass: 'p' } },
      from,
    });
    expect(
      parseConfig({ SMTP_HOST: 'mail.example.nl', SMTP_SECURE: 'true', SMTP_FROM: from }).smtp?.transport,
    ).toMatchObject({
      port: 465,
      secure: true,
    });
    expect(() => parseConfig({ SMTP_HOST: 'mail.example.nl' })).toThrow(/SMTP_FROM/);
    expect(() => parseConfig({ SMTP_URL: 'http://mail.example.nl', SMTP_FROM: from })).toThrow(/SMTP_URL/);
  });
});
