import { describe, expect, it } from 'vitest';
import { composeNotificationMail, mailSubject, withAppLink } from './compose.js';

describe('mailSubject', () => {
  it('is the first sentence after the app name', () => {
    expect(mailSubject('Je aanwezigheid is geregistreerd. Bekijk je dossier.')).toBe(
      'Docentdossier: Je aanwezigheid is geregistreerd.',
    );
  });

  it('shortens a long sentence on a word boundary, within 78 characters', () => {
    const subject = mailSubject(`Dit is ${'een heel lange zin, '.repeat(8)}echt waar`);
    expect(subject.length).toBeLessThanOrEqual(78);
    expect(subject).toBe('Docentdossier: Dit is een heel lange zin, een heel lange zin, een heel lange…');
  });
});

describe('composeNotificationMail', () => {
  it('greets and ends in the recipient language, the link added by the sender', () => {
    const mail = composeNotificationMail({
      message: 'Your portfolio was handed in.',
      language: 'en',
      recipientName: 'Sam',
    });
    expect(mail.subject).toBe('Docentdossier: Your portfolio was handed in.');
    const text = withAppLink(mail.body, 'https://dd.example.nl');
    expect(text.startsWith('Dear Sam,\n\nYour portfolio was handed in.\n')).toBe(true);
    expect(
      text.endsWith('under Notifications in Docentdossier:\nhttps://dd.example.nl/notifications\n'),
    ).toBe(true);
    const nl = composeNotificationMail({ message: 'Bericht.', language: 'nl', recipientName: 'Sam' });
    expect(nl.body).toContain('Beste Sam,');
    expect(nl.body).toContain('onder Meldingen in Docentdossier:');
  });
});
