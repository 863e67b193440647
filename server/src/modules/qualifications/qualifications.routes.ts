import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorBody } from '../../../../contracts/common.js';
import { Advice, AdviceRequest } from '../../../../contracts/qualifications.js';
import type { AppContext } from '../../platform/context.js';
import { languageOf } from '../../platform/i18n/language.js';
import { CompiledPolicies } from './compiled-policies.js';
import { complianceRoutes } from './compliance.routes.js';
import { giveAdvice } from './give-advice.js';
import { policyAdminRoutes } from './policy-admin.routes.js';
import { profileRoutes } from './profile.routes.js';

export function qualificationsRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  // One cache of compiled published versions for every route of the module.
  const compiled = new CompiledPolicies();

  return async (app) => {
    app.post(
      '/advice',
      {
        // A stateless calculator that other systems call without cookies: public, and no CSRF token,
        // since it changes nothing and reveals nothing about anyone.
        config: { public: true, csrf: false },
        schema: {
          tags: ['qualifications'],
          summary: 'Which teaching qualifications a teacher must or may earn, and why',
          description:
            "Applies the version of the institution's policy in force on `on` to the profile. UMC Utrecht " +
            '(`umcu`) answers BKO, UvO, KKO and SKO in that order; Amsterdam UMC (`aumc`) the BKO. Each ' +
            'qualification is `obligatory`, `eligible` or `not-applicable`, with the ids of the rules that ' +
            'decided it (domain.md) and an explanation in the language of `Accept-Language` (nl by default, ' +
            'en). Profile fields left out mean "none" (false, 0, an empty list). No login, cookie or CSRF ' +
            'token needed.',
          body: AdviceRequest,
          response: { 200: Advice, 400: ErrorBody, 404: ErrorBody },
        },
      },
      async (request) =>
        giveAdvice(ctx, {
          ...request.body,
          language: languageOf(request.headers['accept-language']),
          compiled,
        }),
    );

    await app.register(profileRoutes(ctx, compiled));
    await app.register(policyAdminRoutes(ctx, compiled));
    await app.register(complianceRoutes(ctx, compiled));
  };
}
