import {
  Button,
  Card,
  Divider,
  Grid,
  Group,
  List,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  ThemeIcon,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconArrowRight, IconCircleCheck, IconListCheck, IconLogin2, IconSchool } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { LoginRequest } from '../../../../contracts/identity.js';
import { authConfigQuery, identityApi, identityKeys } from '../../api/identity';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { safeReturnTo, ssoError } from './returnTo';

const route = getRouteApi('/_public/login');
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function LoginPage() {
  const { t, i18n } = useTranslation();
  const { returnTo, error: ssoErrorCode } = route.useSearch();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const authConfig = useQuery(authConfigQuery);
  const target = safeReturnTo(returnTo);

  const form = useForm<LoginRequest>({
    initialValues: { email: '', password: '' },
    validate: {
      email: (value) => (EMAIL.test(value.trim()) ? null : t('validation.email')),
      password: (value) => (value ? null : t('validation.required')),
    },
  });

  const login = useMutation({
    mutationFn: (values: LoginRequest) => identityApi.login({ ...values, email: values.email.trim() }),
    onSuccess: async (me) => {
      queryClient.setQueryData(identityKeys.me, me);
      await i18n.changeLanguage(me.person.language);
      await navigate({ href: target });
    },
  });

  const oidc = authConfig.data?.oidc;

  return (
    <Grid gap={48} align="center" mt={{ base: 0, md: 'xl' }}>
      {/* The form comes first for screen readers and on phones; on wide screens it stands on the right. */}
      <Grid.Col span={{ base: 12, md: 6 }} order={{ base: 1, md: 2 }}>
        <Card withBorder shadow="sm" radius="lg" p="xl" maw={440} mx="auto">
          <Stack gap="lg">
            <PageHeader title={t('login.title')} description={t('login.intro')} />
            {login.error ? (
              <ErrorAlert error={login.error} title={t('login.failed')} />
            ) : (
              ssoErrorCode && (
                <ErrorAlert
                  title={t('login.failed')}
                  message={t(`login.ssoError.${ssoError(ssoErrorCode)}`)}
                />
              )
            )}
            <form onSubmit={form.onSubmit((values) => login.mutate(values))} noValidate>
              <Stack gap="md">
                <TextInput
                  label={t('login.email')}
                  type="email"
                  autoComplete="username"
                  required
                  {...form.getInputProps('email')}
                />
                <PasswordInput
                  label={t('login.password')}
                  autoComplete="current-password"
                  required
                  {...form.getInputProps('password')}
                />
                <Button
                  type="submit"
                  loading={login.isPending}
                  leftSection={<IconLogin2 size={18} aria-hidden />}
                >
                  {t('login.submit')}
                </Button>
              </Stack>
            </form>
            {oidc?.enabled && (
              <>
                <Divider label={t('login.or')} labelPosition="center" />
                <Button
                  component="a"
                  href={`/api/v1/auth/oidc/start?returnTo=${encodeURIComponent(target)}`}
                  variant="default"
                  leftSection={<IconSchool size={18} aria-hidden />}
                >
                  {t('login.oidc', { label: oidc.label })}
                </Button>
              </>
            )}
          </Stack>
        </Card>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 6 }} order={{ base: 2, md: 1 }}>
        <Stack gap="md" maw={480}>
          <Text fz={{ base: 24, md: 32 }} fw={700} lh={1.2} c="dossier.9">
            {t('login.pitch')}
          </Text>
          <Text size="lg" c="dimmed">
            {t('login.pitchText')}
          </Text>
          <List
            spacing="xs"
            icon={<IconCircleCheck size={20} color="var(--mantine-color-dossier-8)" aria-hidden />}
          >
            <List.Item>{t('login.pointQualifications')}</List.Item>
            <List.Item>{t('login.pointRoles')}</List.Item>
            <List.Item>{t('login.pointLanguages')}</List.Item>
          </List>
          <Card withBorder radius="lg" p="md" mt="sm">
            <Group gap="md" wrap="nowrap" align="flex-start">
              <ThemeIcon variant="light" size={40} radius="md">
                <IconListCheck size={22} aria-hidden />
              </ThemeIcon>
              <Stack gap={6} align="flex-start">
                <Text fw={600}>{t('login.adviceTitle')}</Text>
                <Text size="sm" c="dimmed">
                  {t('login.adviceText')}
                </Text>
                <Button
                  component={Link}
                  to="/advies"
                  variant="light"
                  size="sm"
                  rightSection={<IconArrowRight size={16} aria-hidden />}
                >
                  {t('login.adviceLink')}
                </Button>
              </Stack>
            </Group>
          </Card>
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
