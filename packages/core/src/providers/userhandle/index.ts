import * as endpoints from './endpoints.js';

export { userhandle } from './provider.js';

export const userHandleTree = { user: endpoints.user, video: endpoints.video } as const;

export type UserHandleTree = typeof userHandleTree;

/** In catalogue order. */
export const userHandleEndpoints = [endpoints.user, endpoints.video] as const;
