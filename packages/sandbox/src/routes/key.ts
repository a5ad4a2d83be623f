import { LILYACHTY, DEMO_ACCOUNT } from '../world/anchors.js';
import { WORLD_NOW } from '../world/config.js';
import { allEndpoints } from '@tokkit/core';
import { type Route, success } from './context.js';

const scopes = [...new Set(allEndpoints.flatMap((e) => e.scopes ?? []))].sort();

/** Details of the API key; the key itself is never echoed. */
export const keyRoutes: Readonly<Record<string, Route>> = {
  key: () =>
    success({
      id: 1,
      active: 1,
      sandbox: true,
      plan_id: 3,
      sub_id: 5,
      subscription_active: 1,
      has_expired: false,
      date_expiry: WORLD_NOW + 30 * 86_400,
      credits: 779,
      email: 'demo@sandbox.invalid',
      dark_mode: 0,
      bandwidth: { used: 0, limit: 10_737_418_240 },
      app: { name: 'tokkit sandbox', redirect_uri: null },
      accounts: [{ id: DEMO_ACCOUNT.id, username: DEMO_ACCOUNT.uniqueId, scopes, session_valid: true }],
      logs: [{ endpoint: '/public/check', params: { username: LILYACHTY.uniqueId }, status: 200, time: WORLD_NOW }],
      logs_count: 1,
    }),
};
