import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
  redirect,
} from '@tanstack/react-router';
import type { Me } from '../../../contracts/identity.js';
import { ApiError, isAuthRequired } from '../api/client';
import { identityKeys, meQuery } from '../api/identity';
import { AdminSearch } from '../features/admin/adminSearch';
import { AdvicePage } from '../features/advice/AdvicePage';
import { LoginPage } from '../features/auth/LoginPage';
import { LoginSearch } from '../features/auth/returnTo';
import { ComplianceSearch } from '../features/compliance/complianceSearch';
import { StartPage } from '../features/dashboard/StartPage';
import { PolicySearch } from '../features/policies/policySearch';
import { ProfilePage } from '../features/profile/ProfilePage';
import { ConfirmSearch, InstitutionSearch } from '../features/qualifications/qualificationsSearch';
import { ProgressSearch } from '../features/register/registerSearch';
import { DrawsSearch } from '../features/register-audit/auditSearch';
import { RegisterComplianceSearch } from '../features/register-compliance/registerComplianceSearch';
import {
  AssessmentWeeksSearch,
  CatalogueSearch,
  TrajectoriesOverviewSearch,
} from '../features/trajectory-admin/trajectoryAdminSearch';
import { CompareSearch } from '../features/versions/compareSearch';
import { i18n } from '../i18n/i18n';
import { AppLayout } from './AppLayout';
import { mayOpen } from './navigation';
import { PublicLayout } from './PublicLayout';
import {
  AccessDeniedError,
  NotFound,
  RouteError,
  StandaloneNotFound,
  StandaloneRouteError,
} from './RouteStatus';

// A session that expires while the app is open sends the person to login, and back here afterwards.
function onApiError(error: unknown) {
  if (!isAuthRequired(error) || queryClient.getQueryData(identityKeys.me) === undefined) return;
  void router
    .navigate({ to: '/login', search: { returnTo: router.state.location.href } })
    .then(() => queryClient.clear());
}

export const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: onApiError }),
  mutationCache: new MutationCache({ onError: onApiError }),
  defaultOptions: {
    queries: {
      // A 4xx answer will not change by asking again.
      retry: (failures, error) =>
        !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failures < 2,
      refetchOnWindowFocus: false,
    },
  },
});

const rootRoute = createRootRouteWithContext<{ queryClient: QueryClient }>()({
  component: Outlet,
  notFoundComponent: StandaloneNotFound,
});

const publicRoute = createRoute({ getParentRoute: () => rootRoute, id: '_public', component: PublicLayout });

const loginRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: '/login',
  validateSearch: LoginSearch,
  component: LoginPage,
});

/** The person of the session, fetched once; a session this page has not seen yet brings its saved language. */
async function sessionPerson(queryClient: QueryClient): Promise<Me> {
  const known = queryClient.getQueryData(identityKeys.me) !== undefined;
  const me = await queryClient.ensureQueryData(meQuery);
  // A session this page has not seen yet (single sign-on, another tab): use the person's saved language.
  if (!known) await i18n.changeLanguage(me.person.language);
  return me;
}

const authenticatedRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: '_authenticated',
  component: AppLayout,
  errorComponent: StandaloneRouteError,
  beforeLoad: async ({ context, location }) => {
    try {
      return { me: await sessionPerson(context.queryClient) };
    } catch (error) {
      if (isAuthRequired(error)) throw redirect({ to: '/login', search: { returnTo: location.href } });
      throw error;
    }
  },
});

// Pages open to everyone: inside the app frame for a person who is logged in, else in the public frame.
const openRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: '_open',
  component: function OpenLayout() {
    return openRoute.useRouteContext().me ? <AppLayout /> : <PublicLayout />;
  },
  errorComponent: StandaloneRouteError,
  beforeLoad: async ({ context }) => {
    try {
      return { me: await sessionPerson(context.queryClient) };
    } catch (error) {
      if (isAuthRequired(error)) return { me: null };
      throw error;
    }
  },
});

const adviceRoute = createRoute({
  getParentRoute: () => openRoute,
  path: '/advies',
  validateSearch: InstitutionSearch,
  component: AdvicePage,
});

/** Lets a route open only for the roles the navigation shows it (or one of them) to. */
const requireAccess =
  (...paths: string[]) =>
  ({ context }: { context: { me: Me } }) => {
    if (!paths.some((path) => mayOpen(path, context.me.roles))) throw new AccessDeniedError();
  };

const startRoute = createRoute({ getParentRoute: () => authenticatedRoute, path: '/', component: StartPage });

const profileRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/profile',
  component: ProfilePage,
});

// A trajectory's handed-in versions, one version, and two compared (issue 5 item 4): no navigation item; the
// trajectory page and the adviser's caseload link here, and the API decides who may read them.
const versionsRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/trajectories/$trajectoryId/versions',
  component: lazyRouteComponent(() => import('../features/versions/VersionsPage'), 'VersionsPage'),
});

const versionRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/trajectories/$trajectoryId/versions/$number',
  component: lazyRouteComponent(() => import('../features/versions/VersionPage'), 'VersionPage'),
});

const compareRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/trajectories/$trajectoryId/compare',
  validateSearch: CompareSearch,
  component: lazyRouteComponent(() => import('../features/versions/ComparePage'), 'ComparePage'),
});

const adminRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/admin',
  validateSearch: AdminSearch,
  beforeLoad: requireAccess('/admin'),
  component: lazyRouteComponent(() => import('../features/admin/AdminPage'), 'AdminPage'),
});

const teachingProfileRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/teaching-profile',
  validateSearch: InstitutionSearch,
  beforeLoad: requireAccess('/teaching-profile'),
  component: lazyRouteComponent(
    () => import('../features/qualifications/TeachingProfilePage'),
    'TeachingProfilePage',
  ),
});

const qualificationsRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/qualifications',
  beforeLoad: requireAccess('/qualifications'),
  component: lazyRouteComponent(
    () => import('../features/qualifications/MyQualificationsPage'),
    'MyQualificationsPage',
  ),
});

// Trajectories (issue 5): the teacher's list, one trajectory for every viewer, the line manager's costs.
const trajectoriesRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/trajectories',
  beforeLoad: requireAccess('/trajectories'),
  component: lazyRouteComponent(
    () => import('../features/trajectories/MyTrajectoriesPage'),
    'MyTrajectoriesPage',
  ),
});

// Whoever may see a trajectory opens it (the API decides how much): no navigation item guards it.
const trajectoryRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/trajectories/$trajectoryId',
  component: lazyRouteComponent(() => import('../features/trajectories/TrajectoryPage'), 'TrajectoryPage'),
});

const costApprovalsRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/cost-approvals',
  beforeLoad: requireAccess('/cost-approvals'),
  component: lazyRouteComponent(
    () => import('../features/trajectories/CostApprovalsPage'),
    'CostApprovalsPage',
  ),
});

const confirmProfilesRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/teaching-profiles',
  validateSearch: ConfirmSearch,
  beforeLoad: requireAccess('/teaching-profiles'),
  component: lazyRouteComponent(
    () => import('../features/qualifications/ConfirmProfilesPage'),
    'ConfirmProfilesPage',
  ),
});

// The educational adviser's intake queue, one intake, and caseload (issue 5, items 1 and 2).
const intakesRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/intakes',
  validateSearch: InstitutionSearch,
  beforeLoad: requireAccess('/intakes'),
  component: lazyRouteComponent(() => import('../features/intakes/IntakeQueuePage'), 'IntakeQueuePage'),
});

const intakeRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/intakes/$trajectoryId',
  beforeLoad: requireAccess('/intakes'),
  component: lazyRouteComponent(() => import('../features/intakes/IntakePage'), 'IntakePage'),
});

const caseloadRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/caseload',
  validateSearch: InstitutionSearch,
  beforeLoad: requireAccess('/caseload'),
  component: lazyRouteComponent(() => import('../features/intakes/CaseloadPage'), 'CaseloadPage'),
});

const policiesRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/policies',
  validateSearch: PolicySearch,
  beforeLoad: requireAccess('/policies'),
  component: lazyRouteComponent(() => import('../features/policies/PoliciesPage'), 'PoliciesPage'),
});

const complianceRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/compliance',
  validateSearch: ComplianceSearch,
  beforeLoad: requireAccess('/compliance'),
  component: lazyRouteComponent(() => import('../features/compliance/CompliancePage'), 'CompliancePage'),
});

// The coordinator's trajectory pages (issue 5): overview, assessment weeks, catalogue and requirement numbers.
const trajectoriesOverviewRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/trajectories-overview',
  validateSearch: TrajectoriesOverviewSearch,
  beforeLoad: requireAccess('/trajectories-overview'),
  component: lazyRouteComponent(
    () => import('../features/trajectory-admin/TrajectoriesOverviewPage'),
    'TrajectoriesOverviewPage',
  ),
});

const assessmentWeeksRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/assessment-weeks',
  validateSearch: AssessmentWeeksSearch,
  beforeLoad: requireAccess('/assessment-weeks'),
  component: lazyRouteComponent(
    () => import('../features/trajectory-admin/AssessmentWeeksPage'),
    'AssessmentWeeksPage',
  ),
});

const trajectoryCatalogueRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/trajectory-catalogue',
  validateSearch: CatalogueSearch,
  beforeLoad: requireAccess('/trajectory-catalogue'),
  component: lazyRouteComponent(
    () => import('../features/trajectory-admin/TrajectoryCataloguePage'),
    'TrajectoryCataloguePage',
  ),
});

const notificationsRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/notifications',
  component: lazyRouteComponent(
    () => import('../features/notifications/NotificationsPage'),
    'NotificationsPage',
  ),
});

// The teacher's portfolio (issue 5): no navigation item, the trajectory's page links to it; the API decides
// who may open it (the teacher and their adviser), and the page shows its refusal as this app's status pages.
const portfolioRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/trajectories/$trajectoryId/portfolio',
  component: lazyRouteComponent(() => import('../features/portfolio/PortfolioPage'), 'PortfolioPage'),
});

// The register's pages load on first visit, so their forms and chart do not weigh on every other page.
const registerRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/register',
  beforeLoad: requireAccess('/register'),
  component: lazyRouteComponent(() => import('../features/register/DossierPage'), 'DossierPage'),
});

const registerProgressRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/register/progress',
  validateSearch: ProgressSearch,
  beforeLoad: requireAccess('/register/progress'),
  component: lazyRouteComponent(() => import('../features/register/ProgressPage'), 'ProgressPage'),
});

// Providers' and audit pages (issue 4 items 5, 6), loaded on first visit like the dossier's.
const myAuditsRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/register/audits',
  beforeLoad: requireAccess('/register/audits'),
  component: lazyRouteComponent(() => import('../features/register-audit/MyAuditsPage'), 'MyAuditsPage'),
});

const providerRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/provider',
  beforeLoad: requireAccess('/provider'),
  component: lazyRouteComponent(() => import('../features/register-providers/ProviderPage'), 'ProviderPage'),
});

const providerActivityRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/provider/$activityId',
  beforeLoad: requireAccess('/provider'),
  component: lazyRouteComponent(
    () => import('../features/register-providers/ProviderActivityPage'),
    'ProviderActivityPage',
  ),
});

const auditDrawsRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/audit/draws',
  validateSearch: DrawsSearch,
  beforeLoad: requireAccess('/audit/draws'),
  component: lazyRouteComponent(() => import('../features/register-audit/DrawsPage'), 'DrawsPage'),
});

const auditDrawRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/audit/draws/$drawId',
  beforeLoad: requireAccess('/audit/draws'),
  component: lazyRouteComponent(() => import('../features/register-audit/DrawPage'), 'DrawPage'),
});

const auditReviewsRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/audit/reviews',
  beforeLoad: requireAccess('/audit/reviews'),
  component: lazyRouteComponent(() => import('../features/register-audit/ReviewsPage'), 'ReviewsPage'),
});

// The assessor audits; the coordinators of the draw follow the audit read-only.
const auditReviewRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/audit/reviews/$reviewId',
  beforeLoad: requireAccess('/audit/reviews', '/audit/draws'),
  component: lazyRouteComponent(() => import('../features/register-audit/ReviewPage'), 'ReviewPage'),
});

const registerComplianceRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/register-compliance',
  validateSearch: RegisterComplianceSearch,
  beforeLoad: requireAccess('/register-compliance'),
  component: lazyRouteComponent(
    () => import('../features/register-compliance/RegisterCompliancePage'),
    'RegisterCompliancePage',
  ),
});

const routeTree = rootRoute.addChildren([
  publicRoute.addChildren([loginRoute]),
  openRoute.addChildren([adviceRoute]),
  authenticatedRoute.addChildren([
    startRoute,
    profileRoute,
    versionsRoute,
    versionRoute,
    compareRoute,
    notificationsRoute,
    portfolioRoute,
    teachingProfileRoute,
    qualificationsRoute,
    trajectoriesRoute,
    trajectoryRoute,
    costApprovalsRoute,
    registerRoute,
    registerProgressRoute,
    myAuditsRoute,
    providerRoute,
    providerActivityRoute,
    auditDrawsRoute,
    auditDrawRoute,
    auditReviewsRoute,
    auditReviewRoute,
    registerComplianceRoute,
    confirmProfilesRoute,
    intakesRoute,
    intakeRoute,
    caseloadRoute,
    policiesRoute,
    complianceRoute,
    trajectoriesOverviewRoute,
    assessmentWeeksRoute,
    trajectoryCatalogueRoute,
    adminRoute,
  ]),
]);

export const router = createRouter({
  routeTree,
  context: { queryClient },
  defaultErrorComponent: RouteError,
  defaultNotFoundComponent: NotFound,
  defaultPreload: 'intent',
  scrollRestoration: true,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
