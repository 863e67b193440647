import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorBody } from '../../../../contracts/common.js';
import { OutboxMailList, OutboxQuery } from '../../../../contracts/mail.js';
import type { AppContext } from '../context.js';
import { actorOf } from '../http/auth.js';
import { listOutbox } from './list-outbox.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody };

export function mailRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/admin/mail-outbox',
      {
        schema: {
          tags: ['platform'],
          summary: 'The mail outbox, newest 100 (platform administrators only)',
          querystring: OutboxQuery,
          response: { 200: OutboxMailList, ...errors },
        },
      },
      async (request) => listOutbox(ctx, actorOf(request), request.query.status),
    );
  };
}
