import { Group, Table, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { type ContentKind, contentKinds, type RegisterProgress } from '../../../../contracts/register.js';
import { currentLanguage } from '../../i18n/i18n';
import { formatRU } from './format';
import { axisScale, schoolYearBars } from './progress';

/** One colour per content kind, dark enough to stand out against white and each other (WCAG 1.4.11). */
const COLOR: Record<ContentKind, string> = {
  subject: 'var(--mantine-color-dossier-9)',
  didactic: 'var(--mantine-color-teal-9)',
  pedagogical: 'var(--mantine-color-grape-8)',
  general: 'var(--mantine-color-orange-9)',
};

const WIDTH = 640;
const HEIGHT = 260;
const LEFT = 44;
const BOTTOM = 28;
const TOP = 8;

/**
 * Counted RU per school year, stacked by content kind, as plain SVG (no chart library in the bundle). The
 * drawing is hidden from screen readers; the table under it holds the same figures, and the totals.
 */
export function HoursChart({ progress }: { progress: RegisterProgress }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const captionId = useId();
  const bars = schoolYearBars(progress);
  const scale = axisScale(Math.max(0, ...bars.map((bar) => bar.total)));
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const slot = (WIDTH - LEFT) / Math.max(1, bars.length);
  const barWidth = Math.min(72, slot * 0.6);
  const y = (value: number) => TOP + plotHeight - (value / scale.max) * plotHeight;

  return (
    <figure aria-labelledby={captionId} style={{ margin: 0 }}>
      <Text component="figcaption" id={captionId} fw={600} mb="xs">
        {t('register.progress.chartCaption')}
      </Text>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" style={{ maxWidth: WIDTH }} aria-hidden="true">
        {scale.ticks.map((tick) => (
          <g key={tick}>
            <line x1={LEFT} x2={WIDTH} y1={y(tick)} y2={y(tick)} stroke="var(--mantine-color-gray-4)" />
            <text
              x={LEFT - 6}
              y={y(tick) + 4}
              textAnchor="end"
              fontSize="12"
              fill="var(--mantine-color-gray-8)"
            >
              {formatRU(tick, language)}
            </text>
          </g>
        ))}
        {bars.map((bar, index) => {
          const x = LEFT + index * slot + (slot - barWidth) / 2;
          let base = 0;
          return (
            <g key={bar.label}>
              {bar.segments.map((segment) => {
                const top = y(base + segment.value);
                const height = y(base) - top;
                base += segment.value;
                return segment.value > 0 ? (
                  <rect
                    key={segment.content}
                    x={x}
                    y={top}
                    width={barWidth}
                    height={height}
                    fill={COLOR[segment.content]}
                  />
                ) : null;
              })}
              <text
                x={x + barWidth / 2}
                y={HEIGHT - 8}
                textAnchor="middle"
                fontSize="12"
                fill="var(--mantine-color-gray-9)"
              >
                {bar.label}
              </text>
            </g>
          );
        })}
      </svg>
      <Group gap="md" mt="xs" aria-hidden="true">
        {contentKinds.map((content) => (
          <Group key={content} gap={6}>
            <span style={{ width: 12, height: 12, background: COLOR[content], display: 'inline-block' }} />
            <Text size="sm">{t(`register.content.${content}`)}</Text>
          </Group>
        ))}
      </Group>
      <Table.ScrollContainer minWidth={560} mt="md">
        <Table striped aria-label={t('register.progress.chartTable')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('register.progress.schoolYear')}</Table.Th>
              {contentKinds.map((content) => (
                <Table.Th key={content} scope="col" ta="right">
                  {t(`register.content.${content}`)}
                </Table.Th>
              ))}
              <Table.Th scope="col" ta="right">
                {t('register.progress.total')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {bars.map((bar) => (
              <Table.Tr key={bar.label}>
                <Table.Th scope="row">{bar.label}</Table.Th>
                {bar.segments.map((segment) => (
                  <Table.Td key={segment.content} ta="right">
                    {formatRU(segment.value, language)}
                  </Table.Td>
                ))}
                <Table.Td ta="right">{formatRU(bar.total, language)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th scope="row">{t('register.progress.wholePeriod')}</Table.Th>
              {contentKinds.map((content) => (
                <Table.Td key={content} ta="right" fw={600}>
                  {formatRU(progress.byContent[content], language)}
                </Table.Td>
              ))}
              <Table.Td ta="right" fw={600}>
                {formatRU(progress.totalRU, language)}
              </Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
    </figure>
  );
}
