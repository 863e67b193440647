import { useTranslation } from 'react-i18next';

interface StepProgressProps {
  labels: readonly string[];
  current: number;
  /** the furthest step reached: every step up to it may be opened again */
  reached: number;
  onOpen: (index: number) => void;
}

/** The steps as a numbered list; steps already reached are buttons that go back to them. */
export function StepProgress({ labels, current, reached, onOpen }: StepProgressProps) {
  const { t } = useTranslation();
  return (
    <ol className="advice-progress" aria-label={t('advice.progress')}>
      {labels.map((label, index) => {
        const state = index === current ? 'current' : index <= reached ? 'done' : 'todo';
        const content = (
          <>
            <span className="advice-progress-number" aria-hidden>
              {index + 1}
            </span>
            <span className="advice-progress-label">
              <span className="advice-visually-hidden">{t('advice.stepNumber', { number: index + 1 })} </span>
              {label}
            </span>
          </>
        );
        return (
          <li key={label} data-state={state} aria-current={state === 'current' ? 'step' : undefined}>
            {state === 'done' ? (
              <button type="button" onClick={() => onOpen(index)}>
                {content}
              </button>
            ) : (
              <span className="advice-progress-item">{content}</span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
