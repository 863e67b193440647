import { writeAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { identityError } from './identity.errors.js';
import {
  countRecentFailures,
  findAccountByEmail,
  findPerson,
  findRolesOfPeople,
  recordLoginAttempt,
} from './identity.repository.js';
import { dummyPasswordHash, verifyPassword } from './passwords.js';
import { presentMe } from './present.js';
import { startSession } from './sessions.js';

export interface LogInOptions {
  email: string;
  password: string;
  ip: string;
}

const WINDOW_MINUTES = 15;
// A shared address (a hospital's NAT) hosts many people: allow it more failures than one e-mail address.
const IP_FACTOR = 10;

/**
 * Checks the password and starts a session. Failed attempts are counted per e-mail address and per
 * network address in the database, so the limit holds across processes.
 */
export async function logIn(ctx: AppContext, opts: LogInOptions) {
  const since = new Date(ctx.now().getTime() - WINDOW_MINUTES * 60_000);
  const failures = await countRecentFailures(ctx.db, opts.email, opts.ip, since);
  const max = ctx.config.loginMaxFailures;
  if (failures.byEmail >= max || failures.byIp >= max * IP_FACTOR) {
    throw identityError('AUTH_RATE_LIMITED', { minutes: WINDOW_MINUTES });
  }

  const account = await findAccountByEmail(ctx.db, opts.email);
  const valid = account
    ? await verifyPassword(account.passwordHash, opts.password)
    : (await verifyPassword(await dummyPasswordHash(), opts.password)) && false;
  if (!account || !valid || account.disabled) {
    await recordLoginAttempt(ctx.db, { email: opts.email, ip: opts.ip, success: false, at: ctx.now() });
    throw identityError('AUTH_INVALID_CREDENTIALS');
  }

  return ctx.db.transaction(async (tx) => {
    await recordLoginAttempt(tx, { email: opts.email, ip: opts.ip, success: true, at: ctx.now() });
    const session = await startSession({ ...ctx, db: tx }, account.personId, 'password');
    await writeAudit(tx, {
      actorId: account.personId,
      action: 'session.start',
      entityType: 'person',
      entityId: account.personId,
      after: { via: 'password' },
    });
    const person = await findPerson(tx, account.personId);
    if (!person) throw identityError('AUTH_INVALID_CREDENTIALS');
    const roles = (await findRolesOfPeople(tx, [person.id])).get(person.id) ?? [];
    return { me: presentMe(person, roles), ...session };
  });
}
