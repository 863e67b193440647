import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context.js';
import { administrationRoutes } from './administration.routes.js';
import { intakeRoutes } from './intake.routes.js';
import { portfolioRoutes } from './portfolio.routes.js';
import { versionRoutes } from './versions.routes.js';

/** Every route of the module, under the app's API prefix. */
export function trajectoriesRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(intakeRoutes(ctx));
    await app.register(administrationRoutes(ctx));
    await app.register(portfolioRoutes(ctx));
    await app.register(versionRoutes(ctx));
  };
}
