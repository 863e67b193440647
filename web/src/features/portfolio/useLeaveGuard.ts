import { useBlocker } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';

/**
 * While `unsaved` is true, leaving the page asks first: another page of the app through the browser's
 * confirm, closing or reloading the tab through the browser's own question. A reflection is long work.
 */
export function useLeaveGuard(unsaved: boolean): void {
  const { t } = useTranslation();
  useBlocker({
    shouldBlockFn: () => !window.confirm(t('portfolio.leaveUnsaved')),
    enableBeforeUnload: unsaved,
    disabled: !unsaved,
  });
}
