/** A call of any endpoint, as the vector runners make it: params and options are the vector's own data. */
export type Call = (params: unknown, options?: unknown) => Promise<unknown>;

/** The client's function at a dotted endpoint key (`user.posts.comments.list`). */
export function endpointAt<Fn = Call>(api: object, key: string): Fn {
  let node: unknown = api;
  for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
  if (typeof node !== 'function') throw new Error(`no endpoint ${key} on the client`);
  return node as Fn;
}
