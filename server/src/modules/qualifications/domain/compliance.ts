import type {
  ComplianceReport,
  ComplianceRow,
  QualificationCode,
  TeachingProfile,
} from '../../../../../contracts/qualifications.js';
import { advise } from './advise.js';
import type { CompiledPolicy } from './compile.js';

export interface ComplianceInput {
  person: ComplianceRow['person'];
  units: ComplianceRow['units'];
  /** the stored profile, or null when the teacher has kept none yet */
  profile: { id: string; updatedAt: string; confirmedAt: string | null; profile: TeachingProfile } | null;
  /** every qualification earned, anywhere */
  held: readonly QualificationCode[];
}

/**
 * Per teacher and qualification of the policy: the status their stored profile gives (or no profile yet),
 * whether they hold it, and whether it is missing (obligatory and not held). Plus the counts.
 */
export function assessCompliance(
  policy: CompiledPolicy,
  teachers: readonly ComplianceInput[],
): Pick<ComplianceReport, 'codes' | 'teachers' | 'summary'> {
  const codes = policy.qualifications.map((q) => q.code);
  const rows = teachers.map((t): ComplianceRow => {
    const held = new Set(t.held);
    const outcome = t.profile ? advise(policy, t.profile.profile, t.held) : null;
    return {
      person: t.person,
      units: t.units,
      profile: t.profile
        ? { id: t.profile.id, updatedAt: t.profile.updatedAt, confirmedAt: t.profile.confirmedAt }
        : null,
      qualifications: codes.map((code, i) => {
        const q = outcome?.qualifications[i];
        const isHeld = held.has(code);
        return {
          code,
          status: q?.status ?? 'no-profile',
          rules: q?.rules ?? [],
          held: isHeld,
          missing: q?.status === 'obligatory' && !isHeld,
        };
      }),
    };
  });
  const withProfile = rows.filter((r) => r.profile).length;
  return {
    codes,
    teachers: rows,
    summary: {
      teachers: rows.length,
      withProfile,
      withoutProfile: rows.length - withProfile,
      confirmed: rows.filter((r) => r.profile?.confirmedAt).length,
      byQualification: codes.map((code, i) => {
        const cells = rows.map((r) => r.qualifications[i] as ComplianceRow['qualifications'][number]);
        const count = (p: (c: (typeof cells)[number]) => boolean) => cells.filter(p).length;
        return {
          code,
          obligatory: count((c) => c.status === 'obligatory'),
          eligible: count((c) => c.status === 'eligible'),
          notApplicable: count((c) => c.status === 'not-applicable'),
          noProfile: count((c) => c.status === 'no-profile'),
          held: count((c) => c.held),
          missing: count((c) => c.missing),
        };
      }),
    },
  };
}
