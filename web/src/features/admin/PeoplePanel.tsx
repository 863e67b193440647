import {
  ActionIcon,
  Button,
  Group,
  Loader,
  ScrollArea,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconSearch, IconUserPlus, IconX } from '@tabler/icons-react';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonSummary, RoleAssignment } from '../../../../contracts/identity.js';
import { identityApi, identityKeys, institutionsQuery, peopleQuery } from '../../api/identity';
import { Dialog } from '../../components/Dialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatAssignment } from '../../components/roleAssignment';
import { AssignRoleForm } from './AssignRoleForm';
import { CreatePersonForm } from './CreatePersonForm';
import { institutionOptions } from './options';

const ALL = 'all';

interface Revocation {
  person: PersonSummary;
  assignment: RoleAssignment;
}

export function PeoplePanel() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [institutionId, setInstitutionId] = useState(ALL);
  const institutions = useQuery(institutionsQuery);
  const people = useInfiniteQuery(
    peopleQuery({ q: q || undefined, institutionId: institutionId === ALL ? undefined : institutionId }),
  );

  const [createOpened, createModal] = useDisclosure(false);
  const [assignOpened, assignModal] = useDisclosure(false);
  const [assignTarget, setAssignTarget] = useState<PersonSummary | null>(null);
  const [revokeOpened, revokeModal] = useDisclosure(false);
  const [revocation, setRevocation] = useState<Revocation | null>(null);

  const afterChange = async () => {
    await queryClient.invalidateQueries({ queryKey: identityKeys.people });
    // The administrator may have changed their own roles.
    await queryClient.invalidateQueries({ queryKey: identityKeys.me });
  };

  const revoke = useMutation({
    mutationFn: ({ person, assignment }: Revocation) => identityApi.revokeRole(person.id, assignment.id),
    onSuccess: async (person) => {
      notifications.show({ color: 'green', message: t('admin.roleRevoked', { name: person.displayName }) });
      await afterChange();
      revokeModal.close();
    },
  });

  const rows = people.data?.pages.flatMap((page) => page.items) ?? [];
  const institutionItems = institutions.data?.items ?? [];

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Group align="flex-end" gap="md">
          <TextInput
            label={t('admin.search')}
            type="search"
            leftSection={<IconSearch size={16} aria-hidden />}
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
            w={300}
          />
          <Select
            label={t('admin.institutionFilter')}
            data={[
              { value: ALL, label: t('admin.allInstitutions') },
              ...institutionOptions(institutionItems),
            ]}
            value={institutionId}
            onChange={(value) => setInstitutionId(value ?? ALL)}
            allowDeselect={false}
            w={260}
          />
        </Group>
        <Button leftSection={<IconUserPlus size={18} aria-hidden />} onClick={createModal.open}>
          {t('admin.addPerson')}
        </Button>
      </Group>

      {people.error && <ErrorAlert error={people.error} />}
      {people.isPending ? (
        <Loader aria-label={t('common.loading')} />
      ) : rows.length === 0 ? (
        <Text>{t('admin.noPeople')}</Text>
      ) : (
        // On narrow screens the table scrolls sideways; keyboard users can scroll it once it has focus.
        <ScrollArea type="auto" tabIndex={0} role="region" aria-label={t('admin.peopleCaption')}>
          <Table
            verticalSpacing="sm"
            highlightOnHover
            aria-label={t('admin.peopleCaption')}
            bg="white"
            miw={720}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('table.name')}</Table.Th>
                <Table.Th scope="col">{t('table.email')}</Table.Th>
                <Table.Th scope="col">{t('table.roles')}</Table.Th>
                <Table.Th scope="col">{t('table.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((person) => (
                <Table.Tr key={person.id}>
                  <Table.Th scope="row" fw={600}>
                    {person.displayName}
                  </Table.Th>
                  <Table.Td>{person.email}</Table.Td>
                  <Table.Td>
                    {person.roles.length === 0 ? (
                      <Text size="sm" c="dimmed">
                        {t('admin.noRolesForPerson')}
                      </Text>
                    ) : (
                      <Stack gap={4}>
                        {person.roles.map((assignment) => {
                          const label = t('admin.revokeRole', {
                            assignment: formatAssignment(t, assignment),
                            name: person.displayName,
                          });
                          return (
                            <Group key={assignment.id} gap="xs" justify="space-between" wrap="nowrap">
                              <Text size="sm">{formatAssignment(t, assignment)}</Text>
                              <Tooltip label={label}>
                                <ActionIcon
                                  variant="subtle"
                                  color="red"
                                  size="sm"
                                  aria-label={label}
                                  onClick={() => {
                                    revoke.reset();
                                    setRevocation({ person, assignment });
                                    revokeModal.open();
                                  }}
                                >
                                  <IconX size={14} aria-hidden />
                                </ActionIcon>
                              </Tooltip>
                            </Group>
                          );
                        })}
                      </Stack>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Button
                      variant="default"
                      size="xs"
                      leftSection={<IconPlus size={14} aria-hidden />}
                      aria-label={t('admin.assignRoleTo', { name: person.displayName })}
                      onClick={() => {
                        setAssignTarget(person);
                        assignModal.open();
                      }}
                    >
                      {t('admin.assignRole')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea>
      )}
      {people.hasNextPage && (
        <Group justify="center">
          <Button
            variant="default"
            loading={people.isFetchingNextPage}
            onClick={() => void people.fetchNextPage()}
          >
            {t('admin.loadMore')}
          </Button>
        </Group>
      )}

      <Dialog opened={createOpened} onClose={createModal.close} title={t('admin.addPerson')}>
        <CreatePersonForm
          onDone={async (changed) => {
            if (changed) await afterChange();
            createModal.close();
          }}
        />
      </Dialog>
      <Dialog
        opened={assignOpened}
        onClose={assignModal.close}
        title={
          assignTarget ? t('admin.assignRoleTo', { name: assignTarget.displayName }) : t('admin.assignRole')
        }
      >
        {assignTarget && (
          <AssignRoleForm
            person={assignTarget}
            institutions={institutionItems}
            onDone={async (changed) => {
              if (changed) await afterChange();
              assignModal.close();
            }}
          />
        )}
      </Dialog>
      <Dialog opened={revokeOpened} onClose={revokeModal.close} title={t('admin.revokeTitle')}>
        {revocation && (
          <Stack gap="md">
            {revoke.error && <ErrorAlert error={revoke.error} />}
            <Text>
              {t('admin.revokeText', {
                assignment: formatAssignment(t, revocation.assignment),
                name: revocation.person.displayName,
              })}
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={revokeModal.close} data-autofocus>
                {t('common.cancel')}
              </Button>
              <Button color="red" loading={revoke.isPending} onClick={() => revoke.mutate(revocation)}>
                {t('admin.revokeConfirm')}
              </Button>
            </Group>
          </Stack>
        )}
      </Dialog>
    </Stack>
  );
}
