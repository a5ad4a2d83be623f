// The documented example values of the API: each one is a real entity of the sandbox's world.

export const LILYACHTY = {
  index: 0,
  id: '6569595380449902597',
  secUid: 'MS4wLjABAAAAsHntXC3s0AvxcecggxsoVa4eAiT8OVafVZ4OQXxy-9htpnUi0sOYSr0kGGD1Loud',
  uniqueId: 'lilyachty',
  nickname: 'Lil Yachty',
  createTime: 1_529_603_120,
} as const;

/** The account behind the demo account key. */
export const DEMO_ACCOUNT = {
  index: 1,
  id: '684574219823284956',
  secUid: 'MS4wLjABAAAA77dsRHmSS3hxmf2Vd0_Bk6Ylq4dYx7TWc3BkB4ayvsT1XO9hR2Bk2yQnOB8x1Wqv',
  uniqueId: 'demoapi',
  nickname: 'Demo API',
  createTime: 1_585_000_000,
} as const;

/** The other side of the documented example conversation. */
export const CONVERSATION_PARTNER = {
  index: 2,
  id: '6940243520384589756',
  secUid: 'MS4wLjABAAAAg3l7VtI0tYPn9-C1mZKqRTx1uSg3aNh4oLr8WcE2BfD6jXy0QpKv5MzHsU7nLdOe',
  uniqueId: 'sandbox.friend',
  nickname: 'Sandbox Friend',
  createTime: 1_615_000_000,
} as const;

/** The account of the Scavio docs' examples (`{"username": "tiktok"}`, its sec_uid and uid). */
export const SCAVIO_EXAMPLE_ACCOUNT = {
  index: 3,
  id: '107955',
  secUid: 'MS4wLjABAAAAv7iSuuXDJGDvJkmH_vz1qkDZYo1apxgzaxdBSeIuPiM',
  uniqueId: 'tiktok',
  nickname: 'TikTok',
  createTime: 1_425_000_000,
} as const;

export const ANCHOR_USERS = [LILYACHTY, DEMO_ACCOUNT, CONVERSATION_PARTNER, SCAVIO_EXAMPLE_ACCOUNT] as const;

/** lilyachty's two newest posts, with the times their IDs carry. */
export const ANCHOR_VIDEOS = [
  { id: '7109178205151464746', k: 0, createTime: 1_655_234_537 },
  { id: '7003402629929913605', k: 1, createTime: 1_630_606_742 },
] as const;

/** The first comment on video 7109178205151464746. */
export const ANCHOR_COMMENT = { id: '7109185042560680750', videoK: 0, index: 0, createTime: 1_655_236_129 } as const;

/** The Scavio docs' example video: the newest post of SCAVIO_EXAMPLE_ACCOUNT. */
export const SCAVIO_EXAMPLE_VIDEO = { id: '7350810998023949599', author: 3, k: 0, createTime: 1_711_494_099 } as const;

/** Every documented example comment: the first comment on its video, with a full list of replies. */
export const ANCHOR_COMMENTS = [
  { ...ANCHOR_COMMENT, author: LILYACHTY.index },
  { id: '7350811234567890123', author: SCAVIO_EXAMPLE_VIDEO.author, videoK: SCAVIO_EXAMPLE_VIDEO.k, index: 0, createTime: 1_711_494_399 },
] as const;

/** Popular sound 0. */
export const ANCHOR_MUSIC_ID = '28459463';

/** Hashtag 0 (#lilyachty). */
export const ANCHOR_HASHTAG_ID = '4655293';

/** Hashtag 1 (#fyp), the Scavio docs' example hashtag. */
export const FYP_HASHTAG_ID = '229207';

/** lilyachty's first playlist. */
export const ANCHOR_PLAYLIST_ID = '6948562344666532614';

/** lilyachty's live room. */
export const ANCHOR_ROOM_ID = '7112492061034646278';

/** The demo account's first conversation (with CONVERSATION_PARTNER). */
export const ANCHOR_CONVERSATION = {
  id: '0:1:684574219823284956:69402435203845897564',
  shortId: '6940245147502654884',
  ticket:
    '3M8IlBpABq00h2aNB1B5JJ2ne0DTnGLLAFjGQQGMf4BKWJxEYxf7RAE0KaD2EjkQkWiJalT4xj36JGWa1ZmQg7SgQfHLoXffNFYLkIJhe1HVyiPXitoxWFyuzlX1xvBCYhZxkQALHE4gx9AaXBPEZjks7jC',
} as const;
