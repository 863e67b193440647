import {
  Alert,
  Anchor,
  Button,
  Card,
  Code,
  DataList,
  Group,
  Loader,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconArrowLeft, IconRepeat } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditDraw, AuditDrawRepeat } from '../../../../contracts/register-audit.js';
import { auditApi, auditDrawQuery } from '../../api/register-admin';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { currentLanguage } from '../../i18n/i18n';
import { formatDay, formatMoment } from '../policies/dates';
import { OutcomeBadge, StatusBadge } from './parts';

const route = getRouteApi('/_authenticated/audit/draws/$drawId');

/** One draw: how it was made (window, size, seed), the drawn teachers in order with their audits, and a repeat. */
export function DrawPage() {
  const { t } = useTranslation();
  const { drawId } = route.useParams();
  const draw = useQuery(auditDrawQuery(drawId));
  const back = (
    <Anchor
      renderRoot={(props) => (
        <Link {...props} to="/audit/draws" search={{ institution: draw.data?.institution.id }} />
      )}
    >
      <Group gap={4} component="span">
        <IconArrowLeft size={16} aria-hidden />
        {t('audit.draw.back')}
      </Group>
    </Anchor>
  );
  if (draw.isPending) return <Loader aria-label={t('common.loading')} />;
  if (draw.isError)
    return (
      <Stack>
        {back}
        <ErrorAlert error={draw.error} />
      </Stack>
    );
  const data = draw.data;
  return (
    <>
      <PageHeader
        title={t('audit.draw.pageTitle', { scope: data.unit?.name ?? data.institution.name })}
        description={t('audit.draw.pageIntro')}
      />
      <Stack gap="lg">
        {back}
        <HowDrawn draw={data} />
        <Drawn draw={data} />
        <Repeat draw={data} />
      </Stack>
    </>
  );
}

function HowDrawn({ draw }: { draw: AuditDraw }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const item = (label: string, value: ReactNode) => (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>{value}</DataList.ItemValue>
    </DataList.Item>
  );
  const title = t('audit.draw.how');
  return (
    <Card withBorder radius="lg" p={{ base: 'md', sm: 'lg' }} component="section" aria-label={title}>
      <Stack gap="md">
        <Title order={2} size="h3">
          {title}
        </Title>
        <DataList orientation="horizontal">
          {item(
            t('audit.column.scope'),
            draw.unit ? `${draw.institution.name}, ${draw.unit.name}` : draw.institution.name,
          )}
          {item(
            t('audit.column.window'),
            t('audit.periodRange', {
              from: formatDay(draw.periodEndFrom, language),
              to: formatDay(draw.periodEndTo, language),
            }),
          )}
          {item(
            t('audit.column.size'),
            draw.percentage !== null
              ? t('audit.draws.sizePercentage', { value: draw.percentage })
              : t('audit.draws.sizeCount', { count: draw.count ?? 0 }),
          )}
          {item(t('audit.column.population'), draw.populationSize)}
          {item(t('audit.column.seed'), <Code>{draw.seed}</Code>)}
          {item(t('audit.draw.algorithm'), <Code>{draw.algorithm}</Code>)}
          {item(
            t('audit.column.drawnAt'),
            t('audit.draw.drawnByAt', {
              name: draw.drawnBy.displayName,
              at: formatMoment(draw.drawnAt, language),
            }),
          )}
        </DataList>
        <Text size="sm">{t('audit.draw.algorithmHelp', { seed: draw.seed })}</Text>
      </Stack>
    </Card>
  );
}

function Drawn({ draw }: { draw: AuditDraw }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const title = t('audit.draw.drawn', { count: draw.reviews.length });
  return (
    <Card withBorder radius="lg" p={{ base: 'md', sm: 'lg' }} component="section" aria-label={title}>
      <Stack gap="md">
        <Title order={2} size="h3">
          {title}
        </Title>
        <Table.ScrollContainer minWidth={860}>
          <Table striped verticalSpacing="sm" aria-label={t('audit.draw.drawnTable')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" ta="right">
                  {t('audit.column.position')}
                </Table.Th>
                <Table.Th scope="col">{t('audit.column.teacher')}</Table.Th>
                <Table.Th scope="col">{t('audit.column.periodEnd')}</Table.Th>
                <Table.Th scope="col">{t('audit.column.key')}</Table.Th>
                <Table.Th scope="col">{t('audit.column.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {draw.reviews.map((review) => (
                <Table.Tr key={review.reviewId}>
                  <Table.Td ta="right">{review.position}</Table.Td>
                  <Table.Th scope="row" fw="normal">
                    <Anchor
                      renderRoot={(props) => (
                        <Link
                          {...props}
                          to="/audit/reviews/$reviewId"
                          params={{ reviewId: review.reviewId }}
                        />
                      )}
                      fw={600}
                    >
                      {review.person.displayName}
                    </Anchor>
                  </Table.Th>
                  <Table.Td>{formatDay(review.periodEnd, language)}</Table.Td>
                  <Table.Td>
                    <Code title={review.key}>{review.key.slice(0, 16)}…</Code>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      <StatusBadge status={review.status} />
                      {review.outcome && <OutcomeBadge outcome={review.outcome} />}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Card>
  );
}

/** Repeats the draw with its recorded seed over today's population: anyone can check it was not chosen by hand. */
function Repeat({ draw }: { draw: AuditDraw }) {
  const { t } = useTranslation();
  const repeat = useMutation({ mutationFn: () => auditApi.repeat(draw.id) });
  const title = t('audit.repeat.title');
  return (
    <Card withBorder radius="lg" p={{ base: 'md', sm: 'lg' }} component="section" aria-label={title}>
      <Stack gap="md">
        <Title order={2} size="h3">
          {title}
        </Title>
        <Text size="sm">{t('audit.repeat.help')}</Text>
        <Group>
          <Button
            variant="default"
            leftSection={<IconRepeat size={18} aria-hidden />}
            loading={repeat.isPending}
            onClick={() => repeat.mutate()}
          >
            {t('audit.repeat.submit')}
          </Button>
        </Group>
        <ErrorAlert error={repeat.error} />
        {repeat.data && <RepeatResult result={repeat.data} />}
      </Stack>
    </Card>
  );
}

function RepeatResult({ result }: { result: AuditDrawRepeat }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Alert color={result.sameAsRecorded ? 'green' : 'orange'} role="status">
        {result.sameAsRecorded
          ? t('audit.repeat.same', { population: result.populationSize })
          : t('audit.repeat.different', { population: result.populationSize })}
      </Alert>
      <Table verticalSpacing="xs" aria-label={t('audit.repeat.table')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" ta="right">
              {t('audit.column.position')}
            </Table.Th>
            <Table.Th scope="col">{t('audit.column.teacher')}</Table.Th>
            <Table.Th scope="col">{t('audit.column.key')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {result.drawn.map((drawn) => (
            <Table.Tr key={drawn.person.id}>
              <Table.Td ta="right">{drawn.position}</Table.Td>
              <Table.Th scope="row" fw="normal">
                {drawn.person.displayName}
              </Table.Th>
              <Table.Td>
                <Code title={drawn.key}>{drawn.key.slice(0, 16)}…</Code>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
