import { creditsSupport } from '../paginate/credits.js';
import { scavio } from '../providers/scavio/provider.js';
import { scavioTree, type ScavioTree } from '../providers/scavio/index.js';
import { baseUrlOf } from '../request/resolve-call.js';
import { buildClient } from './build-client.js';
import { bindSelfNode } from './self-nodes.js';
import type { Namespace, ScavioKind } from './endpoint-types.js';
import type { ClientOptions, SetOptions } from './options.js';
import type { Platform } from './platform.js';

/** The options of a Scavio client: TikAPI's, without the account key (Scavio has no account endpoints). */
export type ScavioOptions = Omit<ClientOptions, 'accountKey'>;

export type ScavioClient = Namespace<ScavioTree, ScavioKind> & {
  /** Changes options for every later call. */
  set(options: Omit<SetOptions, 'accountKey'>): ScavioClient;
};

/**
 * A client of the Scavio TikTok API: `Scavio('key')` or `Scavio({ apiKey, baseUrl, timeout, maxRetries, ... })`.
 * Every endpoint is a POST that is safe to retry; every response carries `credits`.
 */
export function createScavio(keyOrOptions: string | ScavioOptions = {}, platform: Platform = {}): ScavioClient {
  // Scavio hosts no sandbox: `sandbox: true` needs the base URL of one (the embedded sandbox's `/scavio`).
  if (typeof keyOrOptions === 'object') baseUrlOf(keyOrOptions, scavio);
  const description = { provider: scavio, tree: scavioTree, credits: creditsSupport(scavio.credits), bindNode: bindSelfNode };
  return buildClient(description, keyOrOptions, platform) as ScavioClient;
}
