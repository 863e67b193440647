import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlanCosts } from '../../../../contracts/trajectories.js';
import { currentLanguage } from '../../i18n/i18n';
import { formatEuros } from './trajectoryStatus';

/**
 * A plan's costs (R-UMCU-COST-1): each line, schooling already followed marked as not charged, and the
 * total. Shared by the trajectory page and the adviser's recorded plan. `caption` shows above the table;
 * without it `label` names the table for assistive technology only.
 */
export function CostTable({ costs, label, caption }: { costs: PlanCosts; label: string; caption?: boolean }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <Table.ScrollContainer minWidth={280}>
      <Table verticalSpacing="xs" captionSide="top" aria-label={caption ? undefined : label}>
        {caption && <Table.Caption>{label}</Table.Caption>}
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('trajectories.costs.line')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('trajectories.costs.amount')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {costs.lines.map((line, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: cost lines have no id; the list is rebuilt whole from each answer
            <Table.Tr key={index}>
              <Table.Td>
                {line.title[language]}
                {line.alreadyFollowed && (
                  <Text span size="sm" c="dimmed">
                    {' '}
                    ({t('trajectories.costs.alreadyFollowed')})
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="right">
                {line.alreadyFollowed
                  ? t('trajectories.costs.notCharged')
                  : formatEuros(line.cents, language)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row">{t('trajectories.costs.total')}</Table.Th>
            <Table.Td ta="right" fw={700}>
              {formatEuros(costs.totalCents, language)}
            </Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
