import { Group, Select } from '@mantine/core';
import type { Institution } from '../../../../contracts/identity.js';

const ALL = 'all';

export interface Scope {
  institution: string;
  unit?: string;
}

interface ScopeSelectsProps {
  choices: readonly Institution[];
  institution: Institution;
  units: readonly { id: string; name: string; depth: number }[];
  unitId: string | undefined;
  /** whether "the whole institution" may be chosen (not for a viewer whose role covers one unit only) */
  wholeInstitution: boolean;
  labels: { institution: string; unit: string; allUnits: string };
  onChange: (scope: Scope) => void;
}

/** The institution and unit an overview covers; the unit list is indented by depth in the tree. */
export function ScopeSelects({
  choices,
  institution,
  units,
  unitId,
  wholeInstitution,
  labels,
  onChange,
}: ScopeSelectsProps) {
  return (
    <Group align="flex-end" gap="md">
      {choices.length > 1 && (
        <Select
          label={labels.institution}
          data={choices.map((choice) => ({ value: choice.id, label: choice.name }))}
          value={institution.id}
          onChange={(value) => {
            if (value) onChange({ institution: value });
          }}
          allowDeselect={false}
          w={280}
        />
      )}
      <Select
        label={labels.unit}
        data={[
          ...(wholeInstitution ? [{ value: ALL, label: labels.allUnits }] : []),
          ...units.map((unit) => ({ value: unit.id, label: `${'\u2003'.repeat(unit.depth)}${unit.name}` })),
        ]}
        value={unitId ?? ALL}
        onChange={(value) =>
          onChange({ institution: institution.id, unit: value && value !== ALL ? value : undefined })
        }
        allowDeselect={false}
        w={320}
      />
    </Group>
  );
}
