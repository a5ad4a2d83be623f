// Which schema each endpoint's success body has, and what its `items()` yields. Endpoints not listed answer a
// lenient `ResponseBody`; paged ones not listed yield `Lenient` items.
import type { SchemaName } from './entities.js';

export interface Names {
  readonly response: SchemaName;
  readonly item?: SchemaName;
}

const profile: Names = { response: 'ProfileResponse' };
const itemList: Names = { response: 'ItemListResponse', item: 'Item' };
const video: Names = { response: 'VideoResponse' };
const comments: Names = { response: 'CommentListResponse', item: 'Comment' };
const users: Names = { response: 'UserListResponse', item: 'UserListEntry' };

export const endpointSchemas: Readonly<Record<string, Names>> = {
  'public.check': profile,
  'public.checkV3': profile,
  'user.info': profile,
  'public.posts': itemList,
  'public.likes': itemList,
  'public.explore': itemList,
  'public.relatedPosts': itemList,
  'public.playlistItems': itemList,
  'public.exploreCategory': itemList,
  'public.hashtag': { response: 'HashtagResponse', item: 'Item' },
  'public.video': video,
  'public.videoV2': video,
  'public.videoV3': video,
  'user.posts.video': video,
  'public.commentsList': comments,
  'public.commentRepliesList': comments,
  'user.posts.comments.list': comments,
  'user.posts.comments.replies': comments,
  'public.followersList': users,
  'public.followingList': users,
  'user.followers': users,
  'user.following': users,
  'public.music': { response: 'MusicResponse', item: 'Item' },
  'public.musicInfo': { response: 'MusicInfoResponse' },
  'user.posts.feed': itemList,
  'user.posts.likes': itemList,
  'user.posts.followingPosts': itemList,
  'user.posts.savedPosts': itemList,
  'user.posts.explore': itemList,
  'user.posts.relatedPosts': itemList,
  'user.posts.playlistItems': itemList,
};
