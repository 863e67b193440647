import { Checkbox, Fieldset, NumberInput, Radio, Stack, Text } from '@mantine/core';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  competencyAreas,
  deliveryTasks,
  positions,
  type QualificationCode,
} from '../../../../contracts/qualifications.js';
import type { ProfileAnswers } from './answers';
import type { AdvicePolicy, ProfileField } from './policies';

/**
 * Where a question is asked: in the wizard, for one policy (an `AdvicePolicy`); in a teaching profile, at an
 * institution, with every role on offer since the profile is what any version of a policy may read.
 */
export interface QuestionContext extends Pick<AdvicePolicy, 'institution' | 'roles' | 'qualifications'> {
  /** the roles on offer are every role, not only those a policy reads */
  everyRole?: boolean;
}

interface Option<T extends string> {
  value: T;
  label: string;
  description?: string;
}

interface GroupProps {
  legend: string;
  description?: string;
  error?: string;
  /** long lists of short labels stand in two columns where there is room */
  twoColumns?: boolean;
  children: ReactNode;
}

/** A group of choices with its question as the legend, and help and error texts it is described by. */
function ChoiceFieldset({ legend, description, error, twoColumns, children }: GroupProps) {
  const id = useId();
  const describedBy = [description && `${id}-help`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <Fieldset
      variant="unstyled"
      legend={legend}
      aria-describedby={describedBy || undefined}
      data-invalid={error ? true : undefined}
      classNames={{ legend: 'advice-legend' }}
    >
      {description && (
        <Text id={`${id}-help`} size="sm" c="dimmed" mb="xs">
          {description}
        </Text>
      )}
      {error && (
        <Text id={`${id}-error`} size="sm" c="var(--mantine-color-error)" fw={500} mb="xs">
          {error}
        </Text>
      )}
      <div className="advice-choices" data-columns={twoColumns ? 2 : undefined}>
        {children}
      </div>
    </Fieldset>
  );
}

interface CheckboxGroupProps<T extends string> extends Omit<GroupProps, 'children'> {
  options: readonly Option<T>[];
  value: readonly T[] | undefined;
  onChange: (value: T[]) => void;
}

function CheckboxGroup<T extends string>({ options, value = [], onChange, ...group }: CheckboxGroupProps<T>) {
  return (
    <ChoiceFieldset {...group}>
      {options.map((option) => (
        <Checkbox
          key={option.value}
          className="advice-choice"
          label={option.label}
          description={option.description}
          checked={value.includes(option.value)}
          onChange={(event) =>
            onChange(
              event.currentTarget.checked
                ? [...value, option.value]
                : value.filter((chosen) => chosen !== option.value),
            )
          }
        />
      ))}
    </ChoiceFieldset>
  );
}

interface RadioGroupProps<T extends string> extends Omit<GroupProps, 'children'> {
  name: string;
  options: readonly Option<T>[];
  value: T | undefined;
  onChange: (value: T) => void;
}

export function RadioGroup<T extends string>({
  name,
  options,
  value,
  onChange,
  ...group
}: RadioGroupProps<T>) {
  return (
    <ChoiceFieldset {...group}>
      {options.map((option) => (
        <Radio
          key={option.value}
          className="advice-choice"
          name={name}
          value={option.value}
          label={option.label}
          description={option.description}
          checked={value === option.value}
          onChange={() => onChange(option.value)}
        />
      ))}
    </ChoiceFieldset>
  );
}

interface NumberFieldProps {
  label: string;
  description: string;
  /** shown after the number; the label already says it, so screen readers skip it */
  unit?: string;
  value: number | undefined;
  onChange: (value: number | undefined) => void;
  max: number;
  /** digits after the decimal separator; 0 for whole numbers */
  decimals: number;
  /** default 0 */
  min?: number;
}

function NumberField({
  label,
  description,
  unit,
  value,
  onChange,
  min = 0,
  max,
  decimals,
}: NumberFieldProps) {
  const { i18n } = useTranslation();
  return (
    <NumberInput
      label={label}
      description={description}
      value={value ?? ''}
      onChange={(next) => onChange(typeof next === 'number' ? next : undefined)}
      min={min}
      max={max}
      clampBehavior="strict"
      allowNegative={false}
      allowDecimal={decimals > 0}
      decimalScale={decimals}
      decimalSeparator={i18n.language === 'nl' ? ',' : '.'}
      hideControls
      classNames={{ wrapper: 'advice-number' }}
      rightSection={
        unit && (
          <Text size="sm" c="dimmed" ta="right" w="100%" pr="sm" aria-hidden>
            {unit}
          </Text>
        )
      }
      rightSectionWidth={unit ? 96 : undefined}
      rightSectionPointerEvents="none"
    />
  );
}

interface QuestionProps {
  field: ProfileField;
  policy: QuestionContext;
  profile: ProfileAnswers;
  onChange: (profile: ProfileAnswers) => void;
  error?: string;
}

/** The input for one profile field: the one place that says how each field is asked. */
export function Question({ field, policy, profile, onChange, error }: QuestionProps) {
  const { t } = useTranslation();
  const set = <F extends ProfileField>(name: F, value: ProfileAnswers[F]) =>
    onChange({ ...profile, [name]: value });
  const institution = policy.institution;

  switch (field) {
    case 'employment': {
      const employment = profile.employment ?? {};
      const permanent = employment.permanent;
      return (
        <Stack gap="lg">
          <RadioGroup
            name="permanent"
            legend={t('advice.field.permanent.label', { institution })}
            description={t('advice.field.permanent.help')}
            error={error}
            options={[
              { value: 'permanent', label: t('advice.field.permanent.permanent') },
              { value: 'temporary', label: t('advice.field.permanent.temporary') },
            ]}
            value={permanent === undefined ? undefined : permanent ? 'permanent' : 'temporary'}
            onChange={(choice) => set('employment', { ...employment, permanent: choice === 'permanent' })}
          />
          {/* A permanent contract counts as long enough whatever its length, so the length is asked only for a temporary one. */}
          {permanent === false && (
            <NumberField
              label={t('advice.field.years.label')}
              description={t('advice.field.years.help')}
              unit={t('advice.unit.years')}
              value={employment.years}
              onChange={(years) => set('employment', { ...employment, years })}
              max={60}
              decimals={1}
            />
          )}
          <NumberField
            label={t('advice.field.scale.label')}
            description={t('advice.field.scale.help')}
            value={employment.scale}
            onChange={(scale) => set('employment', { ...employment, scale })}
            min={1}
            max={20}
            decimals={0}
          />
        </Stack>
      );
    }
    case 'positions':
      return (
        <CheckboxGroup
          legend={t('advice.field.positions.label')}
          twoColumns
          description={t('advice.field.positions.help')}
          options={positions.map((value) => ({ value, label: t(`advice.position.${value}`) }))}
          value={profile.positions}
          onChange={(value) => set('positions', value)}
        />
      );
    case 'roles':
      return (
        <CheckboxGroup
          legend={t('advice.field.roles.label')}
          twoColumns
          description={
            policy.everyRole
              ? t('advice.field.roles.helpEvery')
              : t('advice.field.roles.help', { institution })
          }
          options={policy.roles.map((value) => ({ value, label: t(`advice.teachingRole.${value}`) }))}
          value={profile.roles}
          onChange={(value) => set('roles', value)}
        />
      );
    case 'teachingFte':
      return (
        <NumberField
          label={t('advice.field.teachingFte.label')}
          description={t('advice.field.teachingFte.help')}
          unit={t('advice.unit.fte')}
          value={profile.teachingFte}
          onChange={(value) => set('teachingFte', value)}
          max={1.5}
          decimals={2}
        />
      );
    case 'contactHoursPerYear':
      return (
        <NumberField
          label={t('advice.field.contactHoursPerYear.label')}
          description={t('advice.field.contactHoursPerYear.help')}
          unit={t('advice.unit.hours')}
          value={profile.contactHoursPerYear}
          onChange={(value) => set('contactHoursPerYear', value)}
          max={5000}
          decimals={1}
        />
      );
    case 'teachingYears':
      return (
        <NumberField
          label={t('advice.field.teachingYears.label')}
          description={t('advice.field.teachingYears.help')}
          unit={t('advice.unit.years')}
          value={profile.teachingYears}
          onChange={(value) => set('teachingYears', value)}
          max={60}
          decimals={1}
        />
      );
    case 'studentsSupervised':
      return (
        <NumberField
          label={t('advice.field.studentsSupervised.label')}
          description={t('advice.field.studentsSupervised.help')}
          unit={t('advice.unit.students')}
          value={profile.studentsSupervised}
          onChange={(value) => set('studentsSupervised', value)}
          max={100_000}
          decimals={0}
        />
      );
    case 'competencyAreas':
      return (
        <CheckboxGroup
          legend={t('advice.field.competencyAreas.label')}
          description={t('advice.field.competencyAreas.help')}
          options={competencyAreas.map((value) => ({
            value,
            label: t(`advice.competencyArea.${value}.label`),
            description: t(`advice.competencyArea.${value}.help`),
          }))}
          value={profile.competencyAreas}
          onChange={(value) => set('competencyAreas', value)}
        />
      );
    case 'deliveryTasks':
      return (
        <CheckboxGroup
          legend={t('advice.field.deliveryTasks.label')}
          twoColumns
          description={t('advice.field.deliveryTasks.help')}
          options={deliveryTasks.map((value) => ({ value, label: t(`advice.deliveryTask.${value}`) }))}
          value={profile.deliveryTasks}
          onChange={(value) => set('deliveryTasks', value)}
        />
      );
    case 'clinicalTrainer':
    case 'teachingLicence':
      return (
        <Checkbox
          className="advice-choice"
          label={t(`advice.field.${field}.label`)}
          description={t(`advice.field.${field}.help`)}
          checked={profile[field] ?? false}
          onChange={(event) => set(field, event.currentTarget.checked)}
        />
      );
    case 'held':
      return (
        <CheckboxGroup<QualificationCode>
          legend={t('advice.field.held.label')}
          description={t('advice.field.held.help')}
          options={policy.qualifications.map((value) => ({
            value,
            label: `${value} – ${t(`advice.qualification.${value}`)}`,
          }))}
          value={profile.held}
          onChange={(value) => set('held', value)}
        />
      );
  }
}
