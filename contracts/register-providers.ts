import { z } from 'zod';
import { IsoDate, Uuid } from './common.js';
import { ActivityKind, AttendanceMatch, ContentKind } from './register.js';

// Providers of validated professional development activities (R-REG-EVID-1): a unique number, a recognised
// number of RU, attendance registered by the provider, a certificate as the evidence.

export const ProviderParam = z.object({ providerId: Uuid });
export const ProviderActivityParam = z.object({ id: Uuid });
export const AttendanceParam = z.object({ id: Uuid });

export const PublishProviderActivity = z
  .object({
    number: z
      .string()
      .trim()
      .min(1)
      .max(50)
      .describe('The number the register gave the validated activity; unique over all providers.'),
    title: z.string().trim().min(1).max(300),
    description: z.string().trim().max(5000).optional(),
    kind: ActivityKind.describe(
      'The kind of activity, as in the dossier: "1"…"4" or a sub-kind "5.1a"…"7.6b".',
    ),
    content: ContentKind,
    startDate: IsoDate.optional().describe('First day of an activity of several days; absent for one day.'),
    date: IsoDate.describe('The day it took place or ended: the date that counts in the dossier.'),
    recognisedRU: z
      .number()
      .min(0.1)
      .max(10_000)
      .describe('The recognised register hours (RU), one decimal (rounded half up).'),
  })
  .strict();
export type PublishProviderActivity = z.infer<typeof PublishProviderActivity>;

export const ProviderActivity = z.object({
  id: Uuid,
  provider: z.object({ id: Uuid, name: z.string() }),
  number: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  kind: ActivityKind,
  content: ContentKind,
  startDate: IsoDate.nullable(),
  date: IsoDate,
  recognisedRU: z.number(),
  publishedAt: z.iso.datetime().nullable(),
  withdrawnAt: z.iso.datetime().nullable(),
  attendances: z.number().int().describe('how many attendances are registered'),
});
export type ProviderActivity = z.infer<typeof ProviderActivity>;

export const ProviderActivityList = z.object({ items: z.array(ProviderActivity) });
export type ProviderActivityList = z.infer<typeof ProviderActivityList>;

/** One attendee, by e-mail address or by register number: exactly one of the two. */
export const RegisterAttendance = z
  .object({
    email: z.email().max(320).optional(),
    registerNumber: z.string().trim().min(1).max(50).optional(),
  })
  .strict();
export type RegisterAttendance = z.infer<typeof RegisterAttendance>;

export const Attendance = z.object({
  id: Uuid,
  providerActivityId: Uuid,
  person: z.object({ id: Uuid, displayName: z.string() }),
  matchedBy: AttendanceMatch,
  matchedValue: z.string(),
  /** the activity this put in the attendee's dossier */
  activityId: Uuid.nullable(),
  registeredAt: z.iso.datetime(),
  certificateUrl: z.string(),
});
export type Attendance = z.infer<typeof Attendance>;

export const AttendanceList = z.object({ items: z.array(Attendance) });
export type AttendanceList = z.infer<typeof AttendanceList>;

export const AttendanceImport = z.object({
  /** registered now, in the order of the file */
  registered: z.array(Attendance),
  /** rows naming someone whose attendance was already registered: left as they were */
  alreadyRegistered: z.array(z.object({ line: z.number().int(), personId: Uuid })),
});
export type AttendanceImport = z.infer<typeof AttendanceImport>;

/** An attendance as the attendee sees it: which validated activity, from whom, and the certificate. */
export const MyAttendance = z.object({
  id: Uuid,
  providerActivity: ProviderActivity.omit({ attendances: true, withdrawnAt: true, publishedAt: true }),
  activityId: Uuid.nullable(),
  registeredAt: z.iso.datetime(),
  certificateUrl: z.string(),
});
export type MyAttendance = z.infer<typeof MyAttendance>;

export const MyAttendanceList = z.object({ items: z.array(MyAttendance) });
export type MyAttendanceList = z.infer<typeof MyAttendanceList>;
