import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TrajectoryState } from '../../../../contracts/trajectories.js';
import { type StateTone, stateTone } from './trajectoryStatus';

// Dark shades keep the label at 4.5:1 or more against the fill (WCAG AA).
const colours: Record<StateTone, string> = {
  open: 'dossier.8',
  waiting: 'violet.9',
  attention: 'red.9',
  done: 'teal.9',
  closed: 'gray.7',
};

/** A trajectory's state as a badge, labelled from `trajectories.state.*`; shared by every trajectory page. */
export function TrajectoryStateBadge({ state }: { state: TrajectoryState }) {
  const { t } = useTranslation();
  return (
    <Badge tt="none" variant="filled" color={colours[stateTone(state)]}>
      {t(`trajectories.state.${state}`)}
    </Badge>
  );
}
