import { commentRoutes } from './comments.js';
import type { Route } from './context.js';
import { discoverRoutes } from './discover.js';
import { keyRoutes } from './key.js';
import { liveRoutes } from './live.js';
import { messageRoutes } from './messages.js';
import { notificationRoutes } from './notifications.js';
import { postRoutes } from './posts.js';
import { profileRoutes } from './profile.js';
import { socialRoutes } from './social.js';

/** The route of every endpoint, by endpoint key. */
export const routes: Readonly<Record<string, Route>> = {
  ...profileRoutes,
  ...postRoutes,
  ...commentRoutes,
  ...socialRoutes,
  ...discoverRoutes,
  ...messageRoutes,
  ...notificationRoutes,
  ...liveRoutes,
  ...keyRoutes,
};

export type { Answer, Call, Route } from './context.js';
