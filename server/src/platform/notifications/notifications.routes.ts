import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorBody } from '../../../../contracts/common.js';
import {
  Notification,
  NotificationIdParam,
  NotificationList,
  NotificationQuery,
} from '../../../../contracts/notifications.js';
import type { AppContext } from '../context.js';
import { actorOf } from '../http/auth.js';
import { languageOf } from '../i18n/language.js';
import { listMyNotifications, markNotificationRead } from './notifications.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };
const tags = ['platform'];

/** My messages; nobody reads another's. */
export function notificationRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/me/notifications',
      {
        schema: {
          tags,
          summary: 'My messages, newest first (at most 100), and how many are unread',
          querystring: NotificationQuery,
          response: { 200: NotificationList, ...errors },
        },
      },
      async (request) =>
        listMyNotifications(ctx, actorOf(request), {
          unreadOnly: request.query.unread === 'true',
          language: languageOf(request.headers['accept-language']),
        }),
    );

    app.post(
      '/me/notifications/:id/read',
      {
        schema: {
          tags,
          summary: 'Mark one of my messages read',
          params: NotificationIdParam,
          response: { 200: Notification, ...errors },
        },
      },
      async (request) =>
        markNotificationRead(ctx, actorOf(request), {
          id: request.params.id,
          language: languageOf(request.headers['accept-language']),
        }),
    );
  };
}
