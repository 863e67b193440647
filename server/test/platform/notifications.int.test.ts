import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/platform/audit/audit.tables.js';
import { notify } from '../../src/platform/notifications/notifications.js';
import { makePerson } from '../factories.js';
import { createTestApp, type TestApp, TestClient } from '../harness.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const message = (n: number) => ({ nl: `Bericht ${n}`, en: `Message ${n}` });

describe('my notifications', () => {
  it('lists only my own, newest first, in my language, and marks one read (audited)', async () => {
    const me = await makePerson(t.database.db);
    const other = await makePerson(t.database.db);
    const base = t.clock.now().getTime();
    await notify(
      t.database.db,
      [{ personId: me.id, kind: 'test.one', entityType: 'thing', entityId: 'a', message: message(1) }],
      new Date(base),
    );
    await notify(
      t.database.db,
      [
        { personId: me.id, kind: 'test.two', entityType: 'thing', entityId: 'b', message: message(2) },
        { personId: other.id, kind: 'test.two', entityType: 'thing', entityId: 'c', message: message(3) },
      ],
      new Date(base + 1000),
    );
    const client = new TestClient(t.app, 'en');
    await client.login(me.email);
    const list = (await client.get('/api/v1/me/notifications')).json();
    expect(list.unread).toBe(2);
    expect(list.items.map((n: { message: string }) => n.message)).toEqual(['Message 2', 'Message 1']);

    const first = list.items[1];
    const read = await client.post(`/api/v1/me/notifications/${first.id}/read`);
    expect(read.statusCode).toBe(200);
    expect(read.json().readAt).not.toBeNull();
    expect((await client.post(`/api/v1/me/notifications/${first.id}/read`)).statusCode).toBe(200);
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, first.id));
    expect(audit.map((a) => a.action)).toEqual(['notification.read']);

    const unread = (await client.get('/api/v1/me/notifications?unread=true')).json();
    expect(unread).toMatchObject({ unread: 1, items: [{ message: 'Message 2' }] });
    expect((await client.get('/api/v1/me/notifications?unread=maybe')).json().error.message).toBe(
      'Invalid input for querystring.unread.',
    );

    const otherClient = new TestClient(t.app);
    await otherClient.login(other.email);
    expect((await otherClient.post(`/api/v1/me/notifications/${first.id}/read`)).statusCode).toBe(404);
    expect((await otherClient.get('/api/v1/me/notifications')).json().items).toHaveLength(1);
  });
});
