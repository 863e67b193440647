import { notifications } from '@mantine/notifications';
import { i18n } from '../i18n/i18n';

/** A short confirmation; its close button gets a name, which Mantine's icon alone does not give it. */
export function notifySuccess(message: string): void {
  notifications.show({ color: 'green', message, closeButtonProps: { 'aria-label': i18n.t('common.close') } });
}
