import { Button, Card, DataList, Group, Select, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { type Language, languages } from '../../../../contracts/common.js';
import { identityApi, identityKeys, meQuery } from '../../api/identity';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { RolesTable } from './RolesTable';

interface ProfileValues {
  displayName: string;
  language: Language;
}

export function ProfilePage() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const { data: me } = useSuspenseQuery(meQuery);

  const { displayName, language } = me.person;
  const form = useForm<ProfileValues>({
    initialValues: { displayName, language },
    validate: { displayName: (value) => (value.trim() ? null : t('validation.required')) },
  });

  // The header's language switch saves the language too: show the saved values unless they are being edited.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `form` is a new object on every render.
  useEffect(() => {
    form.setInitialValues({ displayName, language });
    if (!form.isDirty()) form.setValues({ displayName, language });
  }, [displayName, language]);

  const save = useMutation({
    mutationFn: (values: ProfileValues) =>
      identityApi.updateMe({ displayName: values.displayName.trim(), language: values.language }),
    onSuccess: async (updated) => {
      queryClient.setQueryData(identityKeys.me, updated);
      form.resetDirty({ displayName: updated.person.displayName, language: updated.person.language });
      await i18n.changeLanguage(updated.person.language);
      notifications.show({ color: 'green', message: t('profile.saved') });
    },
  });

  return (
    <>
      <PageHeader title={t('profile.title')} />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg" maw={1100}>
        <Card withBorder radius="lg" p="lg">
          <Title order={2} size="h3" mb="md">
            {t('profile.detailsTitle')}
          </Title>
          <DataList mb="lg">
            <DataList.Item>
              <DataList.ItemLabel>{t('profile.email')}</DataList.ItemLabel>
              <DataList.ItemValue>{me.person.email}</DataList.ItemValue>
            </DataList.Item>
          </DataList>
          <form onSubmit={form.onSubmit((values) => save.mutate(values))} noValidate>
            <Stack gap="md">
              {save.error && <ErrorAlert error={save.error} />}
              <TextInput
                label={t('profile.displayName')}
                autoComplete="name"
                required
                {...form.getInputProps('displayName')}
              />
              <Select
                label={t('profile.language')}
                description={t('profile.languageDescription')}
                data={languages.map((language) => ({ value: language, label: t(`language.${language}`) }))}
                allowDeselect={false}
                {...form.getInputProps('language')}
              />
              <Group>
                <Button type="submit" loading={save.isPending}>
                  {t('common.save')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Card>
        <Card withBorder radius="lg" p="lg">
          <Title order={2} size="h3" mb="md">
            {t('profile.rolesTitle')}
          </Title>
          <RolesTable roles={me.roles} label={t('profile.rolesTitle')} empty={t('profile.noRoles')} />
        </Card>
      </SimpleGrid>
    </>
  );
}
