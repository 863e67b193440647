import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { askedAnswers, type ProfileAnswers } from './answers';
import type { QuestionContext } from './fields';
import { type AdvicePolicy, askedFields, type ProfileField } from './policies';

interface Line {
  question: string;
  answer: string;
}

/** Each question with the answer given, in the words of the questions, for the screen and on paper. */
function summarise(
  t: TFunction,
  language: string,
  { institution }: QuestionContext,
  fields: readonly ProfileField[],
  profile: ProfileAnswers,
): Line[] {
  const number = (value: number | undefined, unit?: string) =>
    value === undefined
      ? t('advice.summary.notAnswered')
      : [new Intl.NumberFormat(language).format(value), unit].filter(Boolean).join(' ');
  const list = (labels: string[]) => (labels.length > 0 ? labels.join(', ') : t('advice.summary.none'));
  const yesNo = (value: boolean | undefined) => (value ? t('advice.summary.yes') : t('advice.summary.no'));

  const lines = (field: ProfileField): Line[] => {
    switch (field) {
      case 'employment': {
        const { permanent, years, scale } = profile.employment ?? {};
        return [
          {
            question: t('advice.field.permanent.label', { institution }),
            answer: permanent ? t('advice.field.permanent.permanent') : t('advice.field.permanent.temporary'),
          },
          ...(permanent
            ? []
            : [{ question: t('advice.field.years.label'), answer: number(years, t('advice.unit.years')) }]),
          { question: t('advice.field.scale.label'), answer: number(scale) },
        ];
      }
      case 'positions':
        return [
          {
            question: t('advice.field.positions.label'),
            answer: list((profile.positions ?? []).map((value) => t(`advice.position.${value}`))),
          },
        ];
      case 'roles':
        return [
          {
            question: t('advice.field.roles.label'),
            answer: list((profile.roles ?? []).map((value) => t(`advice.teachingRole.${value}`))),
          },
        ];
      case 'teachingFte':
        return [
          {
            question: t('advice.field.teachingFte.label'),
            answer: number(profile.teachingFte, t('advice.unit.fte')),
          },
        ];
      case 'contactHoursPerYear':
        return [
          {
            question: t('advice.field.contactHoursPerYear.label'),
            answer: number(profile.contactHoursPerYear, t('advice.unit.hours')),
          },
        ];
      case 'teachingYears':
        return [
          {
            question: t('advice.field.teachingYears.label'),
            answer: number(profile.teachingYears, t('advice.unit.years')),
          },
        ];
      case 'studentsSupervised':
        return [
          {
            question: t('advice.field.studentsSupervised.label'),
            answer: number(profile.studentsSupervised, t('advice.unit.students')),
          },
        ];
      case 'competencyAreas':
        return [
          {
            question: t('advice.field.competencyAreas.label'),
            answer: list(
              (profile.competencyAreas ?? []).map((value) => t(`advice.competencyArea.${value}.label`)),
            ),
          },
        ];
      case 'deliveryTasks':
        return [
          {
            question: t('advice.field.deliveryTasks.label'),
            answer: list((profile.deliveryTasks ?? []).map((value) => t(`advice.deliveryTask.${value}`))),
          },
        ];
      case 'clinicalTrainer':
      case 'teachingLicence':
        return [{ question: t(`advice.field.${field}.label`), answer: yesNo(profile[field]) }];
      case 'held':
        return [{ question: t('advice.field.held.label'), answer: list(profile.held ?? []) }];
    }
  };

  return fields.flatMap(lines);
}

interface ProfileSummaryProps {
  context: QuestionContext;
  fields: readonly ProfileField[];
  profile: ProfileAnswers;
  /** lines before the answers, such as the institution chosen */
  before?: Line[];
}

/** The answers to these questions as a list of terms and definitions. */
export function ProfileSummary({ context, fields, profile, before = [] }: ProfileSummaryProps) {
  const { t, i18n } = useTranslation();
  return (
    <dl className="advice-summary">
      {[...before, ...summarise(t, i18n.language, context, fields, profile)].map((line) => (
        <div key={line.question}>
          <dt>{line.question}</dt>
          <dd>{line.answer}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The wizard's answers: the institution, then what its policy asked. */
export function AnswerSummary({ policy, profile }: { policy: AdvicePolicy; profile: ProfileAnswers }) {
  const { t } = useTranslation();
  return (
    <ProfileSummary
      context={policy}
      fields={askedFields(policy)}
      profile={askedAnswers(policy, profile)}
      before={[{ question: t('advice.field.institution.label'), answer: policy.institution }]}
    />
  );
}
