// Lenient shapes of what the Scavio TikTok API answers, with the seed's field names. Read by scripts only.
import { flag, listOf, num, ref, required, str } from '../../schemas/fields.js';
import type { EndpointSchemas, EntitySchema } from '../../schemas/types.js';

export const scavioSchemas = {
  ScavioImage: { description: 'An image: `url_list[0]` is its URL.', fields: { url_list: { type: { arrayOf: 'string' } } } },
  ScavioUser: {
    description: 'A TikTok account.',
    fields: {
      uid: str,
      unique_id: str,
      nickname: str,
      sec_uid: str,
      signature: str,
      bio_url: str,
      follower_count: num,
      following_count: num,
      aweme_count: num,
      total_favorited: num,
      avatar_thumb: ref('ScavioImage'),
      avatar_larger: ref('ScavioImage'),
    },
  },
  ScavioStatistics: {
    description: "A video's counters.",
    fields: { digg_count: num, comment_count: num, play_count: num, share_count: num, collect_count: num },
  },
  ScavioMusic: { description: 'A sound.', fields: { id: str, title: str, author: str, duration: num } },
  ScavioVideoMedia: {
    description: 'Video addresses and dimensions; `duration` in milliseconds.',
    fields: {
      play_addr: ref('ScavioImage'),
      download_addr: ref('ScavioImage'),
      cover: ref('ScavioImage'),
      duration: num,
      width: num,
      height: num,
    },
  },
  ScavioVideo: {
    description: 'A video (TikTok calls it an aweme); `create_time` in Unix seconds.',
    fields: {
      aweme_id: str,
      desc: str,
      create_time: num,
      statistics: ref('ScavioStatistics'),
      author: ref('ScavioUser'),
      music: ref('ScavioMusic'),
      video: ref('ScavioVideoMedia'),
      cha_list: { type: { arrayOf: 'unknown' } },
      text_extra: { type: { arrayOf: 'unknown' } },
    },
  },
  ScavioComment: {
    description: 'A comment or a reply.',
    fields: {
      cid: str,
      text: str,
      create_time: num,
      digg_count: num,
      reply_comment_total: num,
      user: ref('ScavioUser'),
      is_author_digged: num,
    },
  },
  ScavioUserListEntry: { description: 'An account in search results.', fields: { user_info: ref('ScavioUser') } },
  ScavioChallenge: {
    description: 'A hashtag.',
    fields: { id: str, title: str, desc: str, stats: ref('ScavioChallengeStats') },
  },
  ScavioChallengeStats: { description: "A hashtag's counters.", fields: { videoCount: num, viewCount: num } },
  ScavioChallengeInfo: {
    description: 'A hashtag with its counters.',
    fields: { challenge: required(ref('ScavioChallenge')), stats: ref('ScavioChallengeStats') },
  },
  ScavioResponse: {
    description: 'What every Scavio answer carries besides its data: the credits it cost and what is left.',
    fields: { response_time: num, credits_used: num, credits_remaining: num },
  },
  ScavioProfileData: { description: 'A profile.', fields: { user: required(ref('ScavioUser')) } },
  ScavioProfileResponse: { extends: 'ScavioResponse', fields: { data: required(ref('ScavioProfileData')) } },
  ScavioVideoListData: {
    description: 'A page of videos.',
    fields: { aweme_list: listOf('ScavioVideo'), cursor: num, max_cursor: num, has_more: flag },
  },
  ScavioVideoListResponse: { extends: 'ScavioResponse', fields: { data: required(ref('ScavioVideoListData')) } },
  ScavioVideoData: { description: 'One video.', fields: { aweme_detail: required(ref('ScavioVideo')) } },
  ScavioVideoResponse: { extends: 'ScavioResponse', fields: { data: required(ref('ScavioVideoData')) } },
  ScavioCommentListData: {
    description: 'A page of comments.',
    fields: { comments: listOf('ScavioComment'), cursor: num, has_more: flag, total: num },
  },
  ScavioCommentListResponse: { extends: 'ScavioResponse', fields: { data: required(ref('ScavioCommentListData')) } },
  ScavioUserSearchData: {
    description: 'A page of users found.',
    fields: { user_list: listOf('ScavioUserListEntry'), cursor: num, has_more: flag },
  },
  ScavioUserSearchResponse: { extends: 'ScavioResponse', fields: { data: required(ref('ScavioUserSearchData')) } },
  ScavioFollowData: {
    description: 'A page of followers or followings.',
    fields: {
      followers: listOf('ScavioUser'),
      followings: listOf('ScavioUser'),
      next_page_token: str,
      min_time: num,
      has_more: flag,
      total: num,
    },
  },
  ScavioFollowResponse: { extends: 'ScavioResponse', fields: { data: required(ref('ScavioFollowData')) } },
  ScavioHashtagData: { description: 'A hashtag.', fields: { challengeInfo: required(ref('ScavioChallengeInfo')) } },
  ScavioHashtagResponse: { extends: 'ScavioResponse', fields: { data: required(ref('ScavioHashtagData')) } },
} as const satisfies Readonly<Record<string, EntitySchema>>;

type Name = keyof typeof scavioSchemas;
const videos = { response: 'ScavioVideoListResponse', item: 'ScavioVideo' } as const;
const comments = { response: 'ScavioCommentListResponse', item: 'ScavioComment' } as const;
const follows = { response: 'ScavioFollowResponse', item: 'ScavioUser' } as const;

/** Which schema each Scavio endpoint's success body has, and what its `items()` yields. */
export const scavioEndpointSchemas: Readonly<Record<string, EndpointSchemas & { response: Name; item?: Name }>> = {
  profile: { response: 'ScavioProfileResponse' },
  'user.posts': videos,
  'user.followers': follows,
  'user.followings': follows,
  video: { response: 'ScavioVideoResponse' },
  'video.comments': comments,
  'video.comments.replies': comments,
  'search.videos': videos,
  'search.users': { response: 'ScavioUserSearchResponse', item: 'ScavioUserListEntry' },
  hashtag: { response: 'ScavioHashtagResponse' },
  'hashtag.videos': videos,
};
