import type { TFunction } from 'i18next';
import { type Institution, institutionKinds, roles, unitKinds } from '../../../../contracts/identity.js';

export const roleOptions = (t: TFunction) => roles.map((role) => ({ value: role, label: t(`role.${role}`) }));

export const institutionKindOptions = (t: TFunction) =>
  institutionKinds.map((kind) => ({ value: kind, label: t(`institutionKind.${kind}`) }));

export const unitKindOptions = (t: TFunction) =>
  unitKinds.map((kind) => ({ value: kind, label: t(`unitKind.${kind}`) }));

export const institutionOptions = (institutions: readonly Institution[]) =>
  institutions.map((institution) => ({ value: institution.id, label: institution.name }));

/** Form validator: the field must not be empty. */
export const required = (t: TFunction) => (value: unknown) =>
  typeof value === 'string' && value.trim() ? null : t('validation.required');
