// Lenient shapes of what TikTok returns: the fields users reach for are typed, the rest is kept as `unknown`.

export interface Lenient {
  [field: string]: unknown;
}

export interface User extends Lenient {
  id?: string;
  uniqueId?: string;
  secUid?: string;
  nickname?: string;
  signature?: string;
  avatarThumb?: string;
  avatarMedium?: string;
  avatarLarger?: string;
  verified?: boolean;
  privateAccount?: boolean;
  roomId?: string;
}

export interface Stats extends Lenient {
  followerCount?: number;
  followingCount?: number;
  heart?: number;
  heartCount?: number;
  videoCount?: number;
  diggCount?: number;
}

export interface Music extends Lenient {
  id?: string;
  title?: string;
  authorName?: string;
  original?: boolean;
  playUrl?: string;
  coverLarge?: string;
  duration?: number;
}

export interface Challenge extends Lenient {
  id?: string;
  title?: string;
  desc?: string;
  coverLarger?: string;
}

export interface VideoStats extends Lenient {
  diggCount?: number;
  shareCount?: number;
  commentCount?: number;
  playCount?: number;
  collectCount?: number;
}

export interface Video extends Lenient {
  id?: string;
  height?: number;
  width?: number;
  duration?: number;
  cover?: string;
  playAddr?: string;
  downloadAddr?: string;
}

/** A post: TikTok calls it an item. */
export interface Item extends Lenient {
  id?: string;
  desc?: string;
  createTime?: number;
  video?: Video;
  author?: User;
  music?: Music;
  challenges?: Challenge[];
  stats?: VideoStats;
}

export interface Comment extends Lenient {
  cid?: string;
  text?: string;
  create_time?: number;
  digg_count?: number;
  reply_comment_total?: number;
  user?: User;
}

/** What every response body carries besides its data. */
export interface ResponseBody extends Lenient {
  status?: string;
  message?: string;
  statusCode?: number;
  $other?: Lenient & { videoLinkHeaders?: Record<string, string> };
}
