import {
  Anchor,
  Button,
  Card,
  Code,
  Group,
  Loader,
  NumberInput,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconDice } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Institution } from '../../../../contracts/identity.js';
import { institutionsQuery, meQuery } from '../../api/identity';
import { auditApi, auditDrawsQuery, registerAdminKeys } from '../../api/register-admin';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notifySuccess } from '../../components/notify';
import { PageHeader } from '../../components/PageHeader';
import { currentLanguage } from '../../i18n/i18n';
import { unitsInScope } from '../compliance/scope';
import { formatDay, formatMoment } from '../policies/dates';
import { problemsByField } from '../register/activityForm';
import { type DrawValues, drawInputOf, missingDrawFields } from './draw';

const route = getRouteApi('/_authenticated/audit/draws');
const WHOLE = 'whole';

/** The coordinator's audit by sample (R-REG-AUDIT-1): draw teachers whose period ends in a window; past draws. */
export function DrawsPage() {
  const { t } = useTranslation();
  const { data: me } = useSuspenseQuery(meQuery);
  const institutions = useQuery(institutionsQuery);
  const mine = new Set(
    me.roles.flatMap((r) => (r.role === 'coordinator' && r.institution ? [r.institution.id] : [])),
  );
  const choices = institutions.data?.items.filter((institution) => mine.has(institution.id)) ?? [];
  const { institution: chosen } = route.useSearch();
  const navigate = useNavigate();
  const institution = choices.find((candidate) => candidate.id === chosen) ?? choices[0];

  return (
    <>
      <PageHeader title={t('audit.draws.title')} description={t('audit.draws.intro')} />
      {institutions.isPending && <Loader aria-label={t('common.loading')} />}
      <ErrorAlert error={institutions.error} />
      {institutions.data && !institution && <Text>{t('audit.draws.noInstitution')}</Text>}
      {institution && (
        <Stack gap="lg">
          {choices.length > 1 && (
            <Select
              label={t('audit.draws.institution')}
              data={choices.map((choice) => ({ value: choice.id, label: choice.name }))}
              value={institution.id}
              onChange={(value) => {
                if (value) void navigate({ to: '/audit/draws', search: { institution: value } });
              }}
              allowDeselect={false}
              w={320}
            />
          )}
          <DrawForm key={institution.id} institution={institution} />
          <Draws institutionId={institution.id} />
        </Stack>
      )}
    </>
  );
}

function DrawForm({ institution }: { institution: Institution }) {
  const { t } = useTranslation();
  const { data: me } = useSuspenseQuery(meQuery);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const units = unitsInScope(institution, me.roles, ['coordinator']);
  const wholeInstitution = me.roles.some(
    (r) => r.role === 'coordinator' && r.institution?.id === institution.id && r.unit === null,
  );
  const form = useForm<DrawValues>({
    initialValues: {
      unitId: wholeInstitution ? null : (units[0]?.id ?? null),
      periodEndFrom: '',
      periodEndTo: '',
      by: 'percentage',
      size: 10,
    },
    validate: (values) =>
      Object.fromEntries(
        missingDrawFields(values).map((field) => [field, t(`audit.draw.required.${field}`)]),
      ),
  });
  const draw = useMutation({
    mutationFn: (values: DrawValues) => auditApi.draw(institution.id, drawInputOf(values)),
    onSuccess: async (drawn) => {
      notifySuccess(t('audit.draw.done', { count: drawn.reviews.length, population: drawn.populationSize }));
      await queryClient.invalidateQueries({ queryKey: registerAdminKeys.draws(institution.id) });
      await navigate({ to: '/audit/draws/$drawId', params: { drawId: drawn.id } });
    },
    onError: (error) => {
      const problems = problemsByField(error);
      // The server names the size fields by their own names; the form has one field for both.
      const size = problems.percentage ?? problems.count;
      form.setErrors(size ? { ...problems, size } : problems);
    },
  });
  const title = t('audit.draw.title');
  const fieldErrors = draw.error ? problemsByField(draw.error) : {};

  return (
    <Card withBorder radius="lg" p={{ base: 'md', sm: 'lg' }} component="section" aria-label={title}>
      <form onSubmit={form.onSubmit((values) => draw.mutate(values))} noValidate>
        <Stack gap="md">
          <Title order={2} size="h3">
            {title}
          </Title>
          <Select
            label={t('audit.draw.unit')}
            allowDeselect={false}
            data={[
              ...(wholeInstitution
                ? [{ value: WHOLE, label: t('audit.draw.wholeInstitution', { name: institution.name }) }]
                : []),
              ...units.map((unit) => ({
                value: unit.id,
                label: `${'\u2003'.repeat(unit.depth)}${unit.name}`,
              })),
            ]}
            value={form.values.unitId ?? WHOLE}
            onChange={(value) => form.setFieldValue('unitId', value && value !== WHOLE ? value : null)}
            w={{ base: '100%', sm: 420 }}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} maw={640}>
            <TextInput
              type="date"
              label={t('audit.draw.periodEndFrom')}
              required
              {...form.getInputProps('periodEndFrom')}
            />
            <TextInput
              type="date"
              label={t('audit.draw.periodEndTo')}
              required
              {...form.getInputProps('periodEndTo')}
            />
          </SimpleGrid>
          <Text size="sm" c="dimmed">
            {t('audit.draw.windowHelp')}
          </Text>
          <Radio.Group label={t('audit.draw.by')} {...form.getInputProps('by')}>
            <Group mt="xs">
              <Radio value="percentage" label={t('audit.draw.byPercentage')} />
              <Radio value="count" label={t('audit.draw.byCount')} />
            </Group>
          </Radio.Group>
          <NumberInput
            label={form.values.by === 'percentage' ? t('audit.draw.percentage') : t('audit.draw.count')}
            description={
              form.values.by === 'percentage' ? t('audit.draw.percentageHelp') : t('audit.draw.countHelp')
            }
            required
            min={1}
            max={form.values.by === 'percentage' ? 100 : 10_000}
            allowDecimal={false}
            w={260}
            {...form.getInputProps('size')}
          />
          {draw.error && Object.keys(fieldErrors).length === 0 && <ErrorAlert error={draw.error} />}
          <Group>
            <Button type="submit" loading={draw.isPending} leftSection={<IconDice size={18} aria-hidden />}>
              {t('audit.draw.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

function Draws({ institutionId }: { institutionId: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const draws = useQuery(auditDrawsQuery(institutionId));
  const title = t('audit.draws.list');
  return (
    <Card withBorder radius="lg" p={{ base: 'md', sm: 'lg' }} component="section" aria-label={title}>
      <Stack gap="md">
        <Title order={2} size="h3">
          {title}
        </Title>
        {draws.isPending && <Loader aria-label={t('common.loading')} />}
        <ErrorAlert error={draws.error} />
        {draws.data &&
          (draws.data.items.length === 0 ? (
            <Text>{t('audit.draws.none')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={860}>
              <Table striped verticalSpacing="sm" aria-label={title}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('audit.column.drawnAt')}</Table.Th>
                    <Table.Th scope="col">{t('audit.column.scope')}</Table.Th>
                    <Table.Th scope="col">{t('audit.column.window')}</Table.Th>
                    <Table.Th scope="col">{t('audit.column.size')}</Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('audit.column.population')}
                    </Table.Th>
                    <Table.Th scope="col">{t('audit.column.seed')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {draws.data.items.map((draw) => (
                    <Table.Tr key={draw.id}>
                      <Table.Th scope="row" fw="normal">
                        <Anchor
                          renderRoot={(props) => (
                            <Link {...props} to="/audit/draws/$drawId" params={{ drawId: draw.id }} />
                          )}
                          fw={600}
                        >
                          {formatMoment(draw.drawnAt, language)}
                        </Anchor>
                        <Text size="sm" c="dimmed">
                          {draw.drawnBy.displayName}
                        </Text>
                      </Table.Th>
                      <Table.Td>{draw.unit?.name ?? draw.institution.name}</Table.Td>
                      <Table.Td>
                        {t('audit.periodRange', {
                          from: formatDay(draw.periodEndFrom, language),
                          to: formatDay(draw.periodEndTo, language),
                        })}
                      </Table.Td>
                      <Table.Td>
                        {draw.percentage !== null
                          ? t('audit.draws.sizePercentage', { value: draw.percentage })
                          : t('audit.draws.sizeCount', { count: draw.count ?? 0 })}
                      </Table.Td>
                      <Table.Td ta="right">{draw.populationSize}</Table.Td>
                      <Table.Td>
                        <Code>{draw.seed}</Code>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          ))}
      </Stack>
    </Card>
  );
}
