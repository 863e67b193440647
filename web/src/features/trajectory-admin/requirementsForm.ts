import type { RequirementSettings } from '../../../../contracts/trajectories.js';
import type { RequirementSettingsView } from '../../../../contracts/trajectories-api.js';

// The institution's numbers for a template's requirements (R-UMCU-PF-1): a field per numbered requirement,
// empty where the template's default holds.

export type RequirementValues = Record<string, number | ''>;

export function requirementValuesOf(
  view: Pick<RequirementSettingsView, 'requirements' | 'settings'>,
): RequirementValues {
  return Object.fromEntries(view.requirements.map((r) => [r.id, view.settings[r.id] ?? '']));
}

/** The settings to send: only the numbers given, so the others follow the template. */
export function requirementSettingsOf(values: RequirementValues): RequirementSettings {
  return Object.fromEntries(
    Object.entries(values).flatMap(([id, value]) => (value === '' ? [] : [[id, value] as const])),
  );
}
