import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RoleAssignment } from '../../../../contracts/identity.js';

interface RolesTableProps {
  roles: readonly RoleAssignment[];
  /** names the table for screen readers */
  label: string;
  empty: string;
}

/** A person's roles with where each holds: role, institution, unit. */
export function RolesTable({ roles, label, empty }: RolesTableProps) {
  const { t } = useTranslation();
  if (roles.length === 0) return <Text>{empty}</Text>;
  return (
    <Table striped highlightOnHover verticalSpacing="sm" aria-label={label}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('table.role')}</Table.Th>
          <Table.Th scope="col">{t('table.institution')}</Table.Th>
          <Table.Th scope="col">{t('table.unit')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {roles.map((assignment) => (
          <Table.Tr key={assignment.id}>
            <Table.Td>{t(`role.${assignment.role}`)}</Table.Td>
            <Table.Td>{assignment.institution?.name ?? t('scope.platform')}</Table.Td>
            <Table.Td>
              {assignment.unit?.name ??
                (assignment.institution ? t('scope.wholeInstitution') : t('common.none'))}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
