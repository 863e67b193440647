import { Badge, Box, Button, Card, Code, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Institution } from '../../../../contracts/identity.js';
import { institutionsQuery, meQuery } from '../../api/identity';
import { Dialog } from '../../components/Dialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { CreateInstitutionForm } from './CreateInstitutionForm';
import { CreateUnitForm } from './CreateUnitForm';
import { type UnitNode, unitTree } from './unitTree';

function UnitList({ nodes }: { nodes: UnitNode[] }) {
  const { t } = useTranslation();
  return (
    <ul className="unit-tree">
      {nodes.map((node) => (
        <li key={node.id}>
          <Text span size="sm" fw={500}>
            {node.name}
          </Text>{' '}
          <Text span size="xs" c="dimmed">
            ({t(`unitKind.${node.kind}`)})
          </Text>
          {node.children.length > 0 && <UnitList nodes={node.children} />}
        </li>
      ))}
    </ul>
  );
}

export function InstitutionsPanel() {
  const { t } = useTranslation();
  const { data: me } = useSuspenseQuery(meQuery);
  const institutions = useQuery(institutionsQuery);
  const [institutionModal, institutionModalControls] = useDisclosure(false);
  const [unitModal, unitModalControls] = useDisclosure(false);
  const [unitTarget, setUnitTarget] = useState<Institution | null>(null);
  const isPlatformAdministrator = me.roles.some((r) => r.role === 'administrator' && r.institution === null);

  const openUnitModal = (institution: Institution) => {
    setUnitTarget(institution);
    unitModalControls.open();
  };

  return (
    <Stack gap="lg">
      {isPlatformAdministrator && (
        <Group justify="flex-end">
          <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={institutionModalControls.open}>
            {t('admin.addInstitution')}
          </Button>
        </Group>
      )}
      {institutions.isPending && <Loader aria-label={t('common.loading')} />}
      {institutions.error && <ErrorAlert error={institutions.error} />}
      {institutions.data?.items.length === 0 && <Text>{t('admin.noInstitutions')}</Text>}
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        {institutions.data?.items.map((institution) => (
          <Card
            key={institution.id}
            withBorder
            radius="lg"
            p="lg"
            component="section"
            aria-label={institution.name}
          >
            <Title order={2} size="h3">
              {institution.name}
            </Title>
            <Group gap="xs" mt={6} mb="md">
              <Badge variant="light">{t(`institutionKind.${institution.kind}`)}</Badge>
              <Code>{institution.slug}</Code>
            </Group>
            <Box flex={1}>
              {institution.units.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('admin.noUnits')}
                </Text>
              ) : (
                <UnitList nodes={unitTree(institution.units)} />
              )}
            </Box>
            <Group mt="md">
              <Button
                variant="default"
                size="xs"
                leftSection={<IconPlus size={16} aria-hidden />}
                aria-label={t('admin.addUnitTo', { name: institution.name })}
                onClick={() => openUnitModal(institution)}
              >
                {t('admin.addUnit')}
              </Button>
            </Group>
          </Card>
        ))}
      </SimpleGrid>

      <Dialog
        opened={institutionModal}
        onClose={institutionModalControls.close}
        title={t('admin.addInstitution')}
      >
        <CreateInstitutionForm onDone={institutionModalControls.close} />
      </Dialog>
      <Dialog
        opened={unitModal}
        onClose={unitModalControls.close}
        title={unitTarget ? t('admin.addUnitTo', { name: unitTarget.name }) : t('admin.addUnit')}
      >
        {unitTarget && <CreateUnitForm institution={unitTarget} onDone={unitModalControls.close} />}
      </Dialog>
    </Stack>
  );
}
