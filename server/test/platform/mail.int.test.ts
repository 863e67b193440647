import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { eq, inArray } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { people } from '../../src/modules/identity/identity.tables.js';
import { mailOutbox } from '../../src/platform/mail/mail.tables.js';
import { createMailSender } from '../../src/platform/mail/sender.js';
import { notify } from '../../src/platform/notifications/notifications.js';
import { makeInstitution, makePerson } from '../factories.js';
import { createTestApp, type TestApp, TestClient } from '../harness.js';

// A real SMTP server in this process: what it receives is what a mail server would.
interface Received {
  to: string[];
  raw: string;
}
const received: Received[] = [];
/** addresses the server refuses: 451 (try later) or 550 (never) */
const refuse = new Map<string, number>();

const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  onRcptTo(address, _session, callback) {
    const code = refuse.get(address.address);
    if (!code) return callback();
    const error = Object.assign(new Error(code === 550 ? 'No such mailbox' : 'Try again later'), {
      responseCode: code,
    });
    callback(error);
  },
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('end', () => {
      received.push({
        to: session.envelope.rcptTo.map((r) => r.address),
        raw: Buffer.concat(chunks).toString(),
      });
      callback();
    });
  },
});

let t: TestApp;
let port: number;
const log = { warn: () => undefined };

beforeAll(async () => {
  t = await createTestApp({ PUBLIC_URL: 'https://dossier.example.nl' });
  smtp.listen(0, '127.0.0.1');
  await once(smtp.server, 'listening');
  port = (smtp.server.address() as AddressInfo).port;
});
afterAll(async () => {
  await t.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

const senderFor = () => {
  const { smtp: config } = parseConfig({
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(port),
    SMTP_FROM: 'Docentdossier <noreply@dossier.example.nl>',
  });
  if (!config) throw new Error('SMTP not configured');
  return createMailSender(t.ctx, config, log);
};

const outboxOf = (ids: string[]) =>
  t.database.db.select().from(mailOutbox).where(inArray(mailOutbox.toAddress, ids));

describe('mail from notifications', () => {
  it('queues one mail per notification, in the recipient language, in the same transaction', async () => {
    const nl = await makePerson(t.database.db, { displayName: 'Anna de Vries' });
    const en = await makePerson(t.database.db, { displayName: 'Sam Smith' });
    await t.database.db.update(people).set({ language: 'en' }).where(eq(people.id, en.id));
    const message = { nl: 'Je portfolio is ingeleverd.', en: 'Your portfolio was handed in.' };
    await notify(
      t.database.db,
      [nl, en].map((p) => ({
        personId: p.id,
        kind: 'test.mail',
        entityType: 'thing',
        entityId: 'x',
        message,
      })),
      t.clock.now(),
    );
    const mails = await outboxOf([nl.email, en.email]);
    expect(mails.map((m) => [m.toAddress, m.subject, m.status]).sort()).toEqual(
      [
        [nl.email, 'Docentdossier: Je portfolio is ingeleverd.', 'pending'],
        [en.email, 'Docentdossier: Your portfolio was handed in.', 'pending'],
      ].sort(),
    );
    expect(mails.find((m) => m.toAddress === en.email)?.body).toMatch(/^Dear Sam Smith,\n\nYour portfolio/);

    // a change that rolls back leaves neither message nor mail
    const gone = await makePerson(t.database.db);
    await expect(
      t.database.db.transaction(async (tx) => {
        await notify(
          tx,
          [{ personId: gone.id, kind: 'test.mail', entityType: 'thing', entityId: 'y', message }],
          t.clock.now(),
        );
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await outboxOf([gone.email])).toEqual([]);
  });

  it('delivers over SMTP, retries a temporary refusal later and gives up on a permanent one', async () => {
    const ok = await makePerson(t.database.db);
    const later = await makePerson(t.database.db);
    const never = await makePerson(t.database.db);
    refuse.set(later.email, 451);
    refuse.set(never.email, 550);
    const message = { nl: 'Er is feedback op je portfolio.', en: 'There is feedback on your portfolio.' };
    await notify(
      t.database.db,
      [ok, later, never].map((p) => ({
        personId: p.id,
        kind: 'test.mail',
        entityType: 'thing',
        entityId: 'z',
        message,
      })),
      t.clock.now(),
    );
    const sender = senderFor();
    try {
      await sender.runOnce();
      const byAddress = async () =>
        new Map((await outboxOf([ok.email, later.email, never.email])).map((m) => [m.toAddress, m]));
      let mails = await byAddress();
      expect(mails.get(ok.email)).toMatchObject({ status: 'sent', attempts: 1 });
      expect(mails.get(never.email)).toMatchObject({ status: 'failed', attempts: 1 });
      expect(mails.get(never.email)?.lastError).toMatch(/550/);
      const retry = mails.get(later.email);
      expect(retry).toMatchObject({ status: 'pending', attempts: 1 });
      expect(retry?.nextAttemptAt.getTime()).toBeGreaterThan(t.clock.now().getTime());

      const delivered = received.find((r) => r.to.includes(ok.email));
      expect(delivered?.raw).toContain('Subject: Docentdossier: Er is feedback op je portfolio.');
      expect(delivered?.raw).toContain('From: Docentdossier <noreply@dossier.example.nl>');
      expect(delivered?.raw).toContain('https://dossier.example.nl/notifications');

      // not due yet: nothing happens; a minute on, the server accepts it
      expect(await sender.runOnce()).toBe(0);
      refuse.delete(later.email);
      t.clock.advance(61_000);
      expect(await sender.runOnce()).toBe(1);
      mails = await byAddress();
      expect(mails.get(later.email)).toMatchObject({ status: 'sent', attempts: 2, lastError: null });
      expect(received.filter((r) => r.to.includes(later.email))).toHaveLength(1);
    } finally {
      await sender.stop();
    }
  });

  it('shows the outbox to a platform administrator only, filtered by state, without the bodies', async () => {
    const { institution } = await makeInstitution(t.database.db);
    const admin = await makePerson(t.database.db, {
      roles: [{ role: 'administrator', institutionId: null }],
    });
    const localAdmin = await makePerson(t.database.db, {
      roles: [{ role: 'administrator', institutionId: institution.id }],
    });
    const client = new TestClient(t.app, 'en');
    await client.login(admin.email);
    const failed = (await client.get('/api/v1/admin/mail-outbox?status=failed')).json();
    expect(failed.items.length).toBeGreaterThan(0);
    expect(failed.items.every((m: { status: string }) => m.status === 'failed')).toBe(true);
    expect(failed.items[0]).not.toHaveProperty('body');
    expect((await client.get('/api/v1/admin/mail-outbox?status=lost')).statusCode).toBe(400);

    const other = new TestClient(t.app, 'en');
    await other.login(localAdmin.email);
    const refused = await other.get('/api/v1/admin/mail-outbox');
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toBe('You do not have access to this.');
  });
});
