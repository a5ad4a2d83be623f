// Parameters and patterns that many endpoints share, declared once.

/** A vm.tiktok.com short link; the dots are escaped, so `https://vmXtiktokYcom/x` is not one. */
const shortLink = 'https?://vm\\.tiktok\\.com/[a-zA-Z0-9]+/?';
/** A numeric ID (video, user, music, ...) or a short link to it. */
export const idOrShortLink = `^([0-9]+|${shortLink})$` as const;
/** A username or a short link to the account. */
export const usernameOrShortLink = `^([a-zA-Z0-9_.]+|${shortLink})$` as const;

export const country = {
  in: 'query',
  type: 'string',
  pattern: '^[a-z]{2}$',
  example: 'us',
  description: 'Proxy country the request is made from, as an ISO 3166 code (us, ca, gb, ...).',
} as const;

export const sessionId = {
  in: 'query',
  type: 'number',
  max: 100,
  example: 0,
  description: 'Keeps requests on one proxy session (0-100).',
} as const;

export const count = {
  in: 'query',
  type: 'number',
  pattern: '^[0-9]{1,2}$',
  max: 30,
  default: 30,
  example: 30,
  description: 'Items per page, at most 30.',
} as const;

export const cursor = {
  in: 'query',
  type: 'string',
  pattern: '^[0-9]+$',
  acceptsNumber: true,
  description: 'Position in the list, as returned by the previous page.',
} as const;

export const numericCursor = {
  in: 'query',
  type: 'number',
  pattern: '^[0-9]+$',
  description: 'Position in the list, as returned by the previous page.',
} as const;

export const secUid = {
  in: 'query',
  type: 'string',
  pattern: '^[A-Za-z0-9_.-]{30,}$',
  example: 'MS4wLjABAAAAsHntXC3s0AvxcecggxsoVa4eAiT8OVafVZ4OQXxy-9htpnUi0sOYSr0kGGD1Loud',
  description: 'The account\'s secUid, as returned by public.check.',
} as const;

export const userId = {
  in: 'query',
  type: 'string',
  pattern: '^[0-9]+$',
  acceptsNumber: true,
  description: 'The account\'s numeric user ID.',
} as const;
