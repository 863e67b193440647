import type { Language } from '../../../../contracts/common.js';

/** Where the app lists a person's messages; every mail links there, since every message is in that list. */
export const NOTIFICATIONS_PATH = '/notifications';

const SUBJECT_MAX = 78;

const wording = {
  nl: {
    greeting: (name: string) => `Beste ${name},`,
    more: 'Je vindt dit bericht ook onder Meldingen in Docentdossier:',
    automatic: 'Dit bericht is automatisch verstuurd; antwoorden heeft geen zin.',
  },
  en: {
    greeting: (name: string) => `Dear ${name},`,
    more: 'You will also find this message under Notifications in Docentdossier:',
    automatic: 'This message was sent automatically; replies are not read.',
  },
} satisfies Record<Language, unknown>;

/** The subject: the message's first sentence, shortened on a word boundary to fit a mail client's list. */
export function mailSubject(message: string): string {
  const firstSentence = message.trim().split(/(?<=[.!?])\s/)[0] ?? '';
  const line = `Docentdossier: ${firstSentence.replace(/\s+/g, ' ')}`;
  if (line.length <= SUBJECT_MAX) return line;
  const cut = line.slice(0, SUBJECT_MAX - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > 20 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/**
 * A notification as a plain-text mail in the recipient's language. It ends by pointing to the person's
 * messages in the app; the sender adds the address (`withAppLink`), which only the running app knows.
 */
export function composeNotificationMail(input: {
  message: string;
  language: Language;
  recipientName: string;
}): {
  subject: string;
  body: string;
} {
  const w = wording[input.language];
  const body = [w.greeting(input.recipientName), '', input.message.trim(), '', w.automatic, '', w.more].join(
    '\n',
  );
  return { subject: mailSubject(input.message), body };
}

/** The stored body with the link to the person's messages on its last line. */
export function withAppLink(body: string, publicUrl: string): string {
  return `${body}\n${publicUrl}${NOTIFICATIONS_PATH}\n`;
}
