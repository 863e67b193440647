import { describe, expect, it } from 'vitest';
import { requirementSettingsOf, requirementValuesOf } from './requirementsForm';

const requirement = (id: string, counts: 'items' | 'words', value: number) => ({
  id,
  label: { nl: id, en: id },
  rules: ['R-UMCU-PF-1'],
  counts,
  default: value,
});

describe('the requirement numbers form (R-UMCU-PF-1)', () => {
  it("shows the institution's numbers, empty where the default holds, and sends only those given", () => {
    const view = {
      requirements: [requirement('student-evaluation', 'items', 2), requirement('reflections', 'words', 100)],
      settings: { reflections: 0 },
    };
    const values = requirementValuesOf(view);
    expect(values).toEqual({ 'student-evaluation': '', reflections: 0 });
    expect(requirementSettingsOf(values)).toEqual({ reflections: 0 });
    expect(requirementSettingsOf({ ...values, 'student-evaluation': 3 })).toEqual({
      'student-evaluation': 3,
      reflections: 0,
    });
  });
});
