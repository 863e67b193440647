import { createTransport } from 'nodemailer';
import type { SmtpConfig } from '../../config.js';
import type { AppContext } from '../context.js';
import { withAppLink } from './compose.js';
import { afterFailure, isPermanentSmtpError } from './delivery.js';
import { claimDueMail, markMailFailed, markMailSent } from './outbox.js';

const BATCH = 20;
const INTERVAL_MS = 30_000;

interface Log {
  warn(obj: object, msg: string): void;
}

export interface MailSender {
  /** Sends what is due now; resolves with how many were sent. */
  runOnce(): Promise<number>;
  /** Stops polling after the run in progress, and closes the connection. */
  stop(): Promise<void>;
}

/**
 * Delivers the outbox over SMTP, in this process: every `intervalMs` it claims what is due and sends it one by
 * one, marking each sent, or due again later (delivery.ts) or failed. Runs only when SMTP is configured.
 */
export function createMailSender(ctx: AppContext, smtp: NonNullable<SmtpConfig>, log: Log): MailSender {
  const transporter = createTransport(smtp.transport);
  let running: Promise<number> | null = null;

  const sendDue = async (): Promise<number> => {
    const mails = await claimDueMail(ctx.db, ctx.now(), BATCH);
    let sent = 0;
    for (const mail of mails) {
      try {
        await transporter.sendMail({
          from: smtp.from,
          to: mail.toAddress,
          subject: mail.subject,
          text: withAppLink(mail.body, ctx.config.publicUrl),
        });
        await markMailSent(ctx.db, mail.id, ctx.now());
        sent++;
      } catch (err) {
        const outcome = afterFailure(mail.attempts, isPermanentSmtpError(err), ctx.now());
        const message = err instanceof Error ? err.message : String(err);
        await markMailFailed(ctx.db, mail.id, outcome, message.slice(0, 1000));
        log.warn(
          { mailId: mail.id, attempts: mail.attempts, outcome: outcome.status, err: message },
          'mail not sent',
        );
      }
    }
    return sent;
  };

  const runOnce = () => {
    // one run at a time: a slow server must not make two runs claim side by side
    running ??= sendDue().finally(() => {
      running = null;
    });
    return running;
  };
  return {
    runOnce,
    async stop() {
      await running?.catch(() => undefined);
      transporter.close();
    },
  };
}

/** Runs the sender every `intervalMs` until stopped; a failed run (database away) is logged and retried. */
export function startMailSender(
  ctx: AppContext,
  smtp: NonNullable<SmtpConfig>,
  log: Log,
  intervalMs = INTERVAL_MS,
) {
  const sender = createMailSender(ctx, smtp, log);
  const tick = () => {
    sender.runOnce().catch((err: unknown) => log.warn({ err }, 'sending mail failed'));
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  tick();
  return {
    async stop() {
      clearInterval(timer);
      await sender.stop();
    },
  };
}
