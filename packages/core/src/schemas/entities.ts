// Lenient shapes of what TikTok returns: the fields users reach for are named, the rest is kept.
import { bool, flag, listOf, num, ref, required, str } from './fields.js';
import type { EntitySchema } from './types.js';

export const entitySchemas = {
  Lenient: { description: 'Any object: every field is kept, none is named.', fields: {} },
  User: {
    description: 'A TikTok account.',
    fields: {
      id: str,
      uniqueId: str,
      secUid: str,
      nickname: str,
      signature: str,
      avatarThumb: str,
      avatarMedium: str,
      avatarLarger: str,
      verified: bool,
      privateAccount: bool,
      roomId: str,
    },
  },
  Stats: {
    description: "An account's counters.",
    fields: { followerCount: num, followingCount: num, heart: num, heartCount: num, videoCount: num, diggCount: num },
  },
  Music: {
    description: 'A sound.',
    fields: {
      id: str,
      title: str,
      authorName: str,
      original: bool,
      playUrl: str,
      coverLarge: str,
      duration: num,
    },
  },
  Challenge: { description: 'A hashtag.', fields: { id: str, title: str, desc: str, coverLarger: str } },
  VideoStats: {
    description: "A post's counters.",
    fields: { diggCount: num, shareCount: num, commentCount: num, playCount: num, collectCount: num },
  },
  Video: {
    description: "A post's video.",
    fields: { id: str, height: num, width: num, duration: num, cover: str, playAddr: str, downloadAddr: str },
  },
  Item: {
    description: 'A post: TikTok calls it an item.',
    fields: {
      id: str,
      desc: str,
      createTime: num,
      video: ref('Video'),
      author: ref('User'),
      music: ref('Music'),
      challenges: listOf('Challenge'),
      stats: ref('VideoStats'),
    },
  },
  Comment: {
    description: 'A comment or a reply.',
    fields: {
      cid: str,
      text: str,
      create_time: num,
      digg_count: num,
      reply_comment_total: num,
      user: ref('User'),
    },
  },
  ResponseOther: {
    description: 'What the API adds under `$other`.',
    fields: { videoLinkHeaders: { type: { mapOf: 'string' } } },
  },
  ResponseBody: {
    description: 'What every response body carries besides its data.',
    fields: { status: str, message: str, statusCode: num, $other: ref('ResponseOther') },
  },
  UserInfo: { description: 'An account with its counters.', fields: { user: required(ref('User')), stats: required(ref('Stats')) } },
  UserListEntry: { description: 'An account in a list.', fields: { user: ref('User'), stats: ref('Stats') } },
  ProfileResponse: { extends: 'ResponseBody', fields: { userInfo: required(ref('UserInfo')) } },
  ItemListResponse: {
    extends: 'ResponseBody',
    fields: { itemList: listOf('Item'), cursor: { type: { oneOf: ['string', 'number'] } }, hasMore: bool },
  },
  ItemInfo: { description: 'A post, wrapped.', fields: { itemStruct: required(ref('Item')) } },
  VideoResponse: { extends: 'ResponseBody', fields: { itemInfo: required(ref('ItemInfo')) } },
  CommentListResponse: {
    extends: 'ResponseBody',
    fields: { comments: listOf('Comment'), cursor: num, has_more: flag, total: num },
  },
  UserListResponse: {
    extends: 'ResponseBody',
    fields: { userList: listOf('UserListEntry'), nextCursor: { type: { oneOf: ['string', 'number'] } }, hasMore: bool },
  },
  MusicItems: {
    description: "A sound's posts.",
    fields: { itemList: listOf('Item'), cursor: { type: { oneOf: ['string', 'number'] } }, hasMore: bool },
  },
  MusicResponse: { extends: 'ResponseBody', fields: { itemStruct: ref('MusicItems') } },
  MusicInfo: { description: 'A sound with its counters.', fields: { music: required(ref('Music')), stats: ref('Lenient') } },
  MusicInfoResponse: { extends: 'ResponseBody', fields: { musicInfo: required(ref('MusicInfo')) } },
  ChallengeInfo: { description: 'A hashtag, wrapped.', fields: { challenge: ref('Challenge') } },
  HashtagResponse: { extends: 'ItemListResponse', fields: { challengeInfo: ref('ChallengeInfo') } },
} as const satisfies Readonly<Record<string, EntitySchema>>;

export type SchemaName = keyof typeof entitySchemas;
