import * as endpoints from './endpoints.js';

export { scavio } from './provider.js';

/**
 * Every Scavio endpoint, named after its path below `/api/v1/tiktok/`. A name that is an endpoint and has children
 * (`video`, `video.comments`, `hashtag`) holds its own descriptor under `$self`.
 */
export const scavioTree = {
  profile: endpoints.profile,
  user: { posts: endpoints.userPosts, followers: endpoints.userFollowers, followings: endpoints.userFollowings },
  video: {
    $self: endpoints.video,
    comments: { $self: endpoints.videoComments, replies: endpoints.videoCommentReplies },
  },
  search: { videos: endpoints.searchVideos, users: endpoints.searchUsers },
  hashtag: { $self: endpoints.hashtag, videos: endpoints.hashtagVideos },
} as const;

export type ScavioTree = typeof scavioTree;

/** In catalogue order. */
export const scavioEndpoints = [
  endpoints.profile,
  endpoints.userPosts,
  endpoints.userFollowers,
  endpoints.userFollowings,
  endpoints.video,
  endpoints.videoComments,
  endpoints.videoCommentReplies,
  endpoints.searchVideos,
  endpoints.searchUsers,
  endpoints.hashtag,
  endpoints.hashtagVideos,
] as const;
