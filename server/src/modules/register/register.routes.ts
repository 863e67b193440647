import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorBody } from '../../../../contracts/common.js';
import { RegisterCheck, RegisterCheckRequest } from '../../../../contracts/register.js';
import type { AppContext } from '../../platform/context.js';
import { languageOf } from '../../platform/i18n/language.js';
import { auditRoutes } from './audit.routes.js';
import { checkRegister } from './check-register.js';
import { dossierRoutes } from './dossier.routes.js';
import { providerRoutes } from './providers.routes.js';
import { registerComplianceRoutes } from './register-compliance.routes.js';

export function registerRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    // Providers and the audit by sample: plugins of their own, for their own content type parsers.
    await app.register(providerRoutes(ctx));
    await app.register(auditRoutes(ctx));
    // The teacher's dossier: settings, activities, evidence (multipart), progress, the catalogue.
    await app.register(dossierRoutes(ctx));
    // Compliance of a coordinator's teachers (JSON, CSV, XLSX) and the teacher's dossier as CSV.
    await app.register(registerComplianceRoutes(ctx));

    app.post(
      '/register/check',
      {
        // A stateless calculator that other systems call without cookies: public, and no CSRF token,
        // since it changes nothing and reveals nothing about anyone.
        config: { public: true, csrf: false },
        schema: {
          tags: ['register'],
          summary: 'Count register hours (RU) and check them against the re-registration norm',
          description:
            'Counts the register hours of each activity over the four-year period (periodEnd − 4 years, ' +
            'periodEnd] with the caps of the teachers’ register (R-REG-CAP-1…9: council work 6 RU and board ' +
            'positions 6 RU per school year, committee work 6 RU per committee per school year, exam meetings ' +
            'at most 3 RU each, trade-organisation meetings 1 RU per half-day, articles of at least 1000 words ' +
            'at most 12 RU, first aid only for PE teachers and at most 12 RU per school year, an English ' +
            'course at a bilingual school at half its hours as subject content). A school year runs from 1 ' +
            'August to 31 July; activities outside the period count 0 (R-REG-NORM-1). A cap shared by several ' +
            'activities goes to them in date order, then in the order sent. Checks the norm: at least 160 RU ' +
            '(R-REG-NORM-1), 100 of them on the primary process (R-REG-NORM-2) and, for vo, 40 of those on ' +
            'subject content (R-REG-NORM-3). Each activity lists the rules that limited or decided its count. ' +
            'Hours are rounded to one decimal, half up. No login, cookie or CSRF token needed.',
          body: RegisterCheckRequest,
          response: { 200: RegisterCheck, 400: ErrorBody },
        },
      },
      async (request) =>
        checkRegister({ ...request.body, language: languageOf(request.headers['accept-language']) }),
    );
  };
}
