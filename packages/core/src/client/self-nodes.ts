import { bindEndpoint, type CallScope, forward, isDescriptor, namespace } from './namespace.js';

/**
 * A tree node that is an endpoint and a namespace at once holds its own descriptor under `$self` (Scavio's
 * `video`, whose members are `comments`, itself one with `replies`): bound, it is callable and has its members.
 * Given to `buildClient` by the clients whose trees have such nodes, so no other bundle carries it; undefined for a
 * plain namespace.
 */
export function bindSelfNode(node: Readonly<Record<string, unknown>>, scope: CallScope): unknown {
  const { $self: self, ...members } = node;
  if (!isDescriptor(self)) return undefined;
  return forward(bindEndpoint(self, scope) as object, namespace(members, scope), Object.keys(members));
}
