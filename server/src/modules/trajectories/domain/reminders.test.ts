import { describe, expect, it } from 'vitest';
import { reminderMessage } from './reminders.js';

describe('reminderMessage (issue 5, item 7)', () => {
  it('names the version, when, the day as written and the week, in Dutch and English', () => {
    const draft = reminderMessage(
      { deadline: 'draft', deadlineOn: '2027-03-08', sendOn: '2027-03-01', daysBefore: 7 },
      'Beoordelingsweek voorjaar 2027',
      'BKO',
    );
    expect(draft).toEqual({
      nl: 'Herinnering: over een week, op 8 maart 2027, is de deadline voor je conceptversie (BKO, Beoordelingsweek voorjaar 2027). Lever op tijd in.',
      en: 'Reminder: the deadline for your draft (BKO, Beoordelingsweek voorjaar 2027) is in a week, on 8 March 2027. Hand it in on time.',
    });
    const final = reminderMessage(
      { deadline: 'final', deadlineOn: '2027-03-31', sendOn: '2027-03-30', daysBefore: 1 },
      'Voorjaar',
      'UvO',
    );
    expect(final.nl).toContain(
      'morgen, op 31 maart 2027, is de deadline voor je definitieve versie (UvO, Voorjaar)',
    );
    expect(final.en).toContain(
      'the deadline for your final version (UvO, Voorjaar) is tomorrow, on 31 March 2027',
    );
  });
});
