import type { Challenge, Comment, Item, Lenient, Music, ResponseBody, Stats, User } from './entities.js';

export interface ProfileResponse extends ResponseBody {
  userInfo: Lenient & { user: User; stats: Stats };
}

export interface ItemListResponse extends ResponseBody {
  itemList?: Item[];
  cursor?: string | number;
  hasMore?: boolean;
}

export interface VideoResponse extends ResponseBody {
  itemInfo: Lenient & { itemStruct: Item };
}

export interface CommentListResponse extends ResponseBody {
  comments?: Comment[];
  cursor?: number;
  has_more?: number | boolean;
  total?: number;
}

export interface UserListResponse extends ResponseBody {
  userList?: (Lenient & { user?: User; stats?: Stats })[];
  nextCursor?: string | number;
  hasMore?: boolean;
}

export interface MusicResponse extends ResponseBody {
  itemStruct?: Lenient & { itemList?: Item[]; cursor?: string | number; hasMore?: boolean };
}

export interface MusicInfoResponse extends ResponseBody {
  musicInfo: Lenient & { music: Music; stats?: Lenient };
}

export interface HashtagResponse extends ItemListResponse {
  challengeInfo?: Lenient & { challenge?: Challenge };
}

/** Response body per endpoint key; endpoints not listed answer a lenient `ResponseBody`. */
export interface ResponseMap {
  'public.check': ProfileResponse;
  'public.checkV3': ProfileResponse;
  'user.info': ProfileResponse;
  'public.posts': ItemListResponse;
  'public.likes': ItemListResponse;
  'public.explore': ItemListResponse;
  'public.relatedPosts': ItemListResponse;
  'public.playlistItems': ItemListResponse;
  'public.exploreCategory': ItemListResponse;
  'public.hashtag': HashtagResponse;
  'public.video': VideoResponse;
  'public.videoV2': VideoResponse;
  'public.videoV3': VideoResponse;
  'user.posts.video': VideoResponse;
  'public.commentsList': CommentListResponse;
  'public.commentRepliesList': CommentListResponse;
  'user.posts.comments.list': CommentListResponse;
  'user.posts.comments.replies': CommentListResponse;
  'public.followersList': UserListResponse;
  'public.followingList': UserListResponse;
  'user.followers': UserListResponse;
  'user.following': UserListResponse;
  'public.music': MusicResponse;
  'public.musicInfo': MusicInfoResponse;
  'user.posts.feed': ItemListResponse;
  'user.posts.likes': ItemListResponse;
  'user.posts.followingPosts': ItemListResponse;
  'user.posts.savedPosts': ItemListResponse;
  'user.posts.explore': ItemListResponse;
  'user.posts.relatedPosts': ItemListResponse;
  'user.posts.playlistItems': ItemListResponse;
}

export type ResponseFor<Key extends string> = Key extends keyof ResponseMap ? ResponseMap[Key] : ResponseBody;

type ArrayItem<T> = T extends readonly (infer I)[] ? I : never;

type CommentEndpoints =
  | 'public.commentsList'
  | 'public.commentRepliesList'
  | 'user.posts.comments.list'
  | 'user.posts.comments.replies';
type UserListEndpoints = 'public.followersList' | 'public.followingList' | 'user.followers' | 'user.following';

/** The item type `items()` yields for an endpoint. */
export type ItemFor<Key extends string> = Key extends CommentEndpoints
  ? Comment
  : Key extends UserListEndpoints
    ? ArrayItem<NonNullable<UserListResponse['userList']>>
    : ResponseFor<Key> extends ItemListResponse | MusicResponse
      ? Item
      : Lenient;
