import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PolicyVersionSummary } from '../../../../contracts/qualifications.js';

/** Draft or published, and whether the version is the one in force today. Dark fills keep 4.5:1 contrast. */
export function VersionStatus({ version }: { version: PolicyVersionSummary }) {
  const { t } = useTranslation();
  return (
    <Group gap={6} wrap="nowrap">
      <Badge tt="none" variant="filled" color={version.status === 'draft' ? 'grape.9' : 'dossier.8'}>
        {t(`policies.status.${version.status}`)}
      </Badge>
      {version.inForce && (
        <Badge tt="none" variant="outline" color="dossier.9">
          {t('policies.inForce')}
        </Badge>
      )}
    </Group>
  );
}
