export { createClient, createClient as TikAPI, createClient as default } from './client/client.js';
export type { Endpoint, Namespace, TikAPIClient, UserFactory, UserNamespace } from './client/client.js';
export type { ClientKind, ItemOf, ResponseOf, ScavioKind, TikAPIKind, UserHandleKind } from './client/endpoint-types.js';
export { createScavio, createScavio as Scavio } from './client/scavio.js';
export type { ScavioClient, ScavioOptions } from './client/scavio.js';
export { createUserHandleAPI, createUserHandleAPI as UserHandleAPI } from './client/userhandle.js';
export type { UserHandleClient, UserHandleOptions } from './client/userhandle.js';
export { buildClient } from './client/build-client.js';
export type { ClientCore } from './client/build-client.js';
export {
  API_BASE_URL,
  DEFAULT_MAX_RESPONSE_BYTES,
  DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT_MS,
  DEMO_ACCOUNT_KEY,
  DEMO_API_KEY,
  SANDBOX_BASE_URL,
} from './client/options.js';
export type { ClientOptions, CreditsOptions, ItemsOptions, PagesOptions, RequestOptions, SetOptions } from './client/options.js';
export { baseUrlFromEnv, PROVIDER_ENV } from './client/environment.js';
export type { Provider } from './client/environment.js';
export { endpointTree } from './endpoints/index.js';
export type { EndpointTree } from './endpoints/index.js';
export { allEndpoints, endpointByKey } from './endpoints/list.js';
export { descriptorFromSpec } from './providers/from-spec.js';
export type { SpecEndpointData, SpecParamData } from './providers/from-spec.js';
export type * from './endpoints/types.js';
export * from './errors.js';
export { tiktokStatusCodes } from './tiktok-status-codes.js';
export { TikAPIResponse } from './paginate/response.js';
export type { Credits } from './paginate/credits.js';
export type { StopReason } from './paginate/read-page.js';
export { DEFAULT_MAX_PAGES, ItemStream } from './paginate/iterate.js';
export { MAX_PAGES_WITHOUT_ITEMS } from './paginate/read-page.js';
export type { ItemsResumePoint } from './paginate/iterate.js';
export { buildRequest } from './request/build-request.js';
export { callRequest, resolveCall } from './request/resolve-call.js';
export type { CallDefaults, CallOptions, CallTransport, ResolvedCall } from './request/resolve-call.js';
export type { RunState } from './paginate/read-page.js';
export { pagingStyles } from './paginate/styles.js';
export type { PagingValues } from './paginate/styles.js';
export { tikapi } from './providers/tikapi.js';
export { scavio } from './providers/scavio/provider.js';
export { userhandle } from './providers/userhandle/provider.js';
export type { KeyHeader, ProviderDescriptor } from './providers/types.js';
export { oneOfError, unmetOneOf } from './request/one-of.js';
export { validateParam } from './request/validate-param.js';
export type { ParamInput } from './request/validate-param.js';
export type { BuiltRequest, RequestTarget } from './request/build-request.js';
export { retryPolicy } from './transport/policy.js';
export type { Logger, RawResponse } from './transport/policy.js';
export type { Hooks } from './transport/hooks.js';
export type * from './types/entities.js';
export type * from './types/responses.js';
export type { ParamsOf, ParamValue } from './types/params.js';
export type { Platform, SaveToFile } from './client/platform.js';
export { downloadVideo, VIDEO_USER_AGENT, videoLinkHeaders } from './video/download-video.js';
export type { DownloadOptions } from './video/download-video.js';
export { createProxy, DEFAULT_MAX_BODY_BYTES, DEFAULT_PROXY_ALLOW } from './proxy/create-proxy.js';
export { securityHeaders as PROXY_SECURITY_HEADERS } from './proxy/security-headers.js';
export type { ProxyHandler, ProxyOptions } from './proxy/create-proxy.js';
export type { CorsOptions } from './proxy/cors.js';
export { matchEndpoint } from './proxy/match-endpoint.js';
export { compileAllowList } from './proxy/allow-list.js';
