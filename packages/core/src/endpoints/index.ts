import * as key from './key.js';
import type { EndpointDescriptor, ParamLocation } from './types.js';
import * as live from './live.js';
import * as messages from './messages.js';
import * as posts from './posts.js';
import * as profile from './profile.js';
import * as publicData from './public.js';

/** Every endpoint, namespaced as the API's keys are: `public.check`, `user.posts.comments.list`, `key`. */
export const endpointTree = {
  public: {
    check: publicData.check,
    posts: publicData.posts,
    likes: publicData.likes,
    followersList: publicData.followersList,
    followingList: publicData.followingList,
    explore: publicData.explore,
    video: publicData.video,
    videoV2: publicData.videoV2,
    videoV3: publicData.videoV3,
    relatedPosts: publicData.relatedPosts,
    playlists: publicData.playlists,
    playlistItems: publicData.playlistItems,
    exploreCategory: publicData.exploreCategory,
    hashtag: publicData.hashtag,
    commentsList: publicData.commentsList,
    commentRepliesList: publicData.commentRepliesList,
    music: publicData.music,
    musicInfo: publicData.musicInfo,
    discover: publicData.discover,
    discoverKeyword: publicData.discoverKeyword,
    search: publicData.search,
    checkV3: publicData.checkV3,
    discoverV3: publicData.discoverV3,
  },
  user: {
    info: profile.info,
    edit: profile.edit,
    notifications: profile.notifications,
    analytics: profile.analytics,
    verify: profile.verify,
    followingV1: profile.followingV1,
    following: profile.following,
    followers: profile.followers,
    follow: profile.follow,
    unfollow: profile.unfollow,
    posts: {
      feed: posts.feed,
      likes: posts.likes,
      followingPosts: posts.followingPosts,
      relatedPosts: posts.relatedPosts,
      savedPosts: posts.savedPosts,
      playlists: posts.playlists,
      playlistItems: posts.playlistItems,
      explore: posts.explore,
      search: posts.search,
      video: posts.video,
      like: posts.postsLike,
      unlike: posts.postsUnlike,
      comments: {
        list: posts.list,
        replies: posts.replies,
        post: posts.post,
        like: posts.commentsLike,
        unlike: posts.commentsUnlike,
        delete: posts.deleteRequest,
      },
    },
    conversations: messages.userConversations,
    messages: messages.userMessages,
    sendMessage: messages.sendMessage,
    conversationRequests: {
      conversations: messages.conversationRequestsConversations,
      messages: messages.conversationRequestsMessages,
      markRead: messages.markRead,
      delete: messages.deleteRequest,
      accept: messages.accept,
    },
    live: {
      permissions: live.permissions,
      start: live.start,
      stop: live.stop,
      info: live.info,
      recommend: live.recommend,
      stats: live.stats,
      chat: live.chat,
      sendChat: live.sendChat,
      topics: live.topics,
      transactionHistory: live.transactionHistory,
      search: live.search,
      analytics: live.analytics,
      list: live.list,
      details: live.details,
    },
  },
  key: key.key,
} as const;

export type EndpointTree = typeof endpointTree;

type Restorable = { -readonly [K in keyof EndpointDescriptor]?: EndpointDescriptor[K] } & {
  params: Record<string, { in?: ParamLocation }>;
};

/**
 * Each descriptor's `key` is its path in the tree; the lean build leaves the literal out, and the properties that
 * hold their defaults (`scripts/strip-docs.ts`), which are put back here: `method` (GET), `safeToRetry` (GET), `auth` (an account
 * key under `user.`), a param's `in` (`query` for GET, `body` otherwise).
 */
function restoreDefaults(node: object, prefix: string): void {
  for (const [name, child] of Object.entries(node) as [string, Restorable][]) {
    const path = prefix ? `${prefix}.${name}` : name;
    // An endpoint has a path; a namespace has none (and no child named so).
    if (!('path' in child)) {
      restoreDefaults(child, path);
      continue;
    }
    child.key ??= path;
    child.method ??= 'GET';
    child.safeToRetry ??= child.method === 'GET';
    child.auth ??= path.startsWith('user.') ? 'apiKey+accountKey' : 'apiKey';
    for (const spec of Object.values(child.params)) spec.in ??= child.method === 'GET' ? 'query' : 'body';
  }
}
restoreDefaults(endpointTree, '');
