import { useTranslation } from 'react-i18next';

/** First stop for keyboard users: moves focus to the page's main content. */
export function SkipLink({ targetId }: { targetId: string }) {
  const { t } = useTranslation();
  return (
    <a
      className="skip-link"
      href={`#${targetId}`}
      onClick={(event) => {
        // Focus directly instead of changing the URL's hash, which the router would treat as a navigation.
        event.preventDefault();
        document.getElementById(targetId)?.focus();
      }}
    >
      {t('app.skipToContent')}
    </a>
  );
}
