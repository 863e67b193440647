import { z } from 'zod';
import { IsoDate, Uuid } from './common.js';
import { RegisterShortfall, Sector } from './register.js';

// Register compliance of the teachers of an institution or unit, for their coordinator (issue 4, exports):
// each teacher's register hours over their own four-year period against the re-registration norm.

export const RegisterComplianceQuery = z
  .object({
    unitId: Uuid.optional().describe('Only the teachers of this unit and the units below it.'),
  })
  .strict();
export type RegisterComplianceQuery = z.infer<typeof RegisterComplianceQuery>;

/** Register hours: one decimal. */
const Ru = z.number();

export const RegisterComplianceTeacher = z.object({
  person: z.object({ id: Uuid, displayName: z.string(), email: z.string() }),
  /** the teacher's units in view */
  units: z.array(z.object({ id: Uuid, name: z.string() })),
  /** null: no register settings yet, so no sector to hold the hours against */
  compliance: z
    .object({
      sector: Sector,
      period: z.object({ start: IsoDate, end: IsoDate }),
      /** false: no period end in the settings, so counted up to 31 July of this school year */
      periodEndGiven: z.boolean(),
      totalRU: Ru,
      primaryRU: Ru,
      subjectRU: Ru,
      meetsNorm: z.boolean(),
      /** one entry per norm not met (R-REG-NORM-1…3), in rule order */
      shortfalls: z.array(RegisterShortfall),
    })
    .nullable(),
});
export type RegisterComplianceTeacher = z.infer<typeof RegisterComplianceTeacher>;

export const RegisterComplianceReport = z.object({
  institution: z.object({ id: Uuid, name: z.string() }),
  unit: z.object({ id: Uuid, name: z.string() }).nullable(),
  /** the day it was counted on, in the Netherlands */
  on: IsoDate,
  /** by name */
  teachers: z.array(RegisterComplianceTeacher),
  summary: z.object({
    teachers: z.number().int(),
    meetsNorm: z.number().int(),
    short: z.number().int(),
    withoutSettings: z.number().int(),
  }),
});
export type RegisterComplianceReport = z.infer<typeof RegisterComplianceReport>;
