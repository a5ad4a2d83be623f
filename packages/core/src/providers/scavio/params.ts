// Parameters several Scavio endpoints share, declared once. Every parameter travels in the JSON body.

export const secUserId = {
  in: 'body',
  type: 'string',
  pattern: '^[A-Za-z0-9_.-]{30,}$',
  example: 'MS4wLjABAAAAv7iSuuXDJGDvJkmH_vz1qkDZYo1apxgzaxdBSeIuPiM',
  description: "The account's secure user ID: `data.user.sec_uid` of the profile endpoint.",
} as const;

export const videoId = {
  in: 'body',
  type: 'string',
  pattern: '^[0-9]+$',
  acceptsNumber: true,
  example: '7350810998023949599',
  description: 'The TikTok video ID.',
} as const;

export const cursor = {
  in: 'body',
  type: 'string',
  acceptsNumber: true,
  default: '0',
  description: 'Position in the list, as returned by the previous page.',
} as const;

/** `count` with the bound of its endpoint: 1-30 for videos and users, 1-50 for comments, 1-20 for followers. */
/* @__NO_SIDE_EFFECTS__ */
export function countUpTo(max: number) {
  return {
    in: 'body',
    type: 'number',
    min: 1,
    max,
    default: 20,
    example: Math.min(20, max),
    description: `Results per page, 1-${max}.`,
  } as const;
}

export const keyword = {
  in: 'body',
  type: 'string',
  required: true,
  minLength: 1,
  maxLength: 500,
  example: 'cooking recipe',
  description: 'The search query, 1-500 characters.',
} as const;

export const hashtagId = {
  in: 'body',
  type: 'string',
  pattern: '^[0-9]+$',
  acceptsNumber: true,
  example: '229207',
  description: 'The numeric hashtag ID: `data.challengeInfo.challenge.id` of the hashtag endpoint.',
} as const;
