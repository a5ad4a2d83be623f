import type { ItemMap, Lenient, ResponseBody, ResponseMap } from './schemas.generated.js';

export type {
  ChallengeInfo,
  CommentListResponse,
  HashtagResponse,
  ItemInfo,
  ItemListResponse,
  ItemMap,
  MusicInfo,
  MusicInfoResponse,
  MusicItems,
  MusicResponse,
  ProfileResponse,
  ResponseMap,
  ResponseOther,
  UserListResponse,
  VideoResponse,
} from './schemas.generated.js';

/** The success body of an endpoint, by key. */
export type ResponseFor<Key extends string> = Key extends keyof ResponseMap ? ResponseMap[Key] : ResponseBody;

/** The item type `items()` yields for an endpoint. */
export type ItemFor<Key extends string> = Key extends keyof ItemMap ? ItemMap[Key] : Lenient;
