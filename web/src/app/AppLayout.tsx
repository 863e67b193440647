import {
  Anchor,
  AppShell,
  Avatar,
  Box,
  Burger,
  em,
  Group,
  Menu,
  NavLink,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconChevronDown, IconLogout, IconUser } from '@tabler/icons-react';
import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { Link, Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../contracts/common.js';
import { ApiError } from '../api/client';
import { identityApi, identityKeys, meQuery } from '../api/identity';
import { BrandMark } from '../components/BrandMark';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { SkipLink } from '../components/SkipLink';
import { NotificationBell } from '../features/notifications/NotificationBell';
import { currentLanguage } from '../i18n/i18n';
import { type AppPath, visibleNavigation } from './navigation';

const MAIN_ID = 'main';

/** First letters of the first and last word: "Daan de Docent" → "DD". */
function initials(name: string): string {
  const words = name.split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words.at(-1)] : words;
  return letters
    .map((word) => word?.[0] ?? '')
    .join('')
    .toUpperCase();
}

const matches = (path: AppPath, pathname: string) =>
  path === '/' ? pathname === '/' : pathname === path || pathname.startsWith(`${path}/`);

/** The item of the page shown: of `/register` and `/register/progress`, only the longer one that matches. */
const isActive = (path: AppPath, pathname: string, paths: readonly AppPath[]) =>
  matches(path, pathname) && !paths.some((other) => other.length > path.length && matches(other, pathname));

/** Frame of every page after login: header, navigation by role, the page, footer. */
export function AppLayout() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { data: me } = useSuspenseQuery(meQuery);
  const [navbarOpened, navbar] = useDisclosure(false);
  // On phones a closed navigation slides off screen; `inert` keeps its links out of the tab order too.
  const isPhone = useMediaQuery(`(max-width: ${em(767.9)})`);
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const items = visibleNavigation(me.roles);
  const mainRef = useRef<HTMLElement>(null);
  const shownPath = useRef(pathname);

  // After a navigation, start reading and tabbing at the new page instead of at the link that was followed.
  useEffect(() => {
    if (shownPath.current === pathname) return;
    shownPath.current = pathname;
    navbar.close();
    mainRef.current?.focus();
  }, [pathname, navbar]);

  const saveLanguage = useMutation({
    mutationFn: (language: Language) => identityApi.updateMe({ language }),
    onSuccess: (updated) => queryClient.setQueryData(identityKeys.me, updated),
    onError: (error) =>
      notifications.show({
        color: 'red',
        message: error instanceof ApiError ? error.message : t('errors.unexpected'),
      }),
  });

  const logout = useMutation({
    mutationFn: identityApi.logout,
    // Leave the app frame first: clearing while it is shown would make it fetch the person again.
    onSettled: async () => {
      await navigate({ to: '/login' });
      queryClient.clear();
    },
  });

  const changeLanguage = (language: Language) => {
    void i18n.changeLanguage(language);
    saveLanguage.mutate(language);
  };

  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 248, breakpoint: 'sm', collapsed: { mobile: !navbarOpened } }}
      footer={{ height: 44 }}
      padding="xl"
    >
      <SkipLink targetId={MAIN_ID} />
      <AppShell.Header px="md">
        <Group h="100%" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={navbarOpened}
              onClick={navbar.toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('app.toggleNavigation')}
              aria-expanded={navbarOpened}
              aria-controls="main-navigation"
            />
            <Link to="/" className="brand" aria-label={t('app.home')}>
              <BrandMark />
              <span className="brand-name">{t('app.name')}</span>
            </Link>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <LanguageSwitch value={currentLanguage()} onChange={changeLanguage} />
            <NotificationBell />
            <Menu position="bottom-end" width={220}>
              <Menu.Target>
                <UnstyledButton aria-label={t('userMenu.label', { name: me.person.displayName })}>
                  <Group gap={8} wrap="nowrap">
                    <Avatar color="dossier" radius="xl" size={34}>
                      {initials(me.person.displayName)}
                    </Avatar>
                    <Text size="sm" fw={500} visibleFrom="md">
                      {me.person.displayName}
                    </Text>
                    <Box visibleFrom="sm" display="flex">
                      <IconChevronDown size={16} aria-hidden />
                    </Box>
                  </Group>
                </UnstyledButton>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Label>{me.person.email}</Menu.Label>
                <Menu.Item component={Link} to="/profile" leftSection={<IconUser size={16} aria-hidden />}>
                  {t('userMenu.profile')}
                </Menu.Item>
                <Menu.Item leftSection={<IconLogout size={16} aria-hidden />} onClick={() => logout.mutate()}>
                  {t('userMenu.logout')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar
        id="main-navigation"
        p="sm"
        aria-label={t('app.mainNavigation')}
        inert={isPhone && !navbarOpened}
      >
        {items.map((item) => (
          <NavLink
            key={item.to}
            component={Link}
            to={item.to}
            label={t(`nav.${item.label}`)}
            leftSection={<item.icon size={20} stroke={1.6} aria-hidden />}
            active={isActive(
              item.to,
              pathname,
              items.map((other) => other.to),
            )}
            // The router marks a link current (aria-current) on any page below it; not when an item of its own is.
            activeOptions={{ exact: items.some((other) => other.to.startsWith(`${item.to}/`)) }}
            fw={500}
          />
        ))}
      </AppShell.Navbar>

      <AppShell.Main id={MAIN_ID} ref={mainRef} tabIndex={-1} bg="gray.0">
        <Outlet />
      </AppShell.Main>

      <AppShell.Footer px="md">
        <Group h="100%" justify="space-between">
          <Text size="sm" c="dimmed" visibleFrom="sm">
            {t('app.tagline')}
          </Text>
          <Anchor href="/api/docs" size="sm">
            {t('app.apiDocs')}
          </Anchor>
        </Group>
      </AppShell.Footer>
    </AppShell>
  );
}
