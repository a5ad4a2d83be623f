// Every Scavio endpoint's data (what goes under `data`), from the same world TikAPI's routes read.
import type { EndpointDescriptor, Scalar } from '@tokkit/core';
import { commentsOf, findComment, repliesOf } from '../world/comments.js';
import type { WorldConfig } from '../world/config.js';
import { followersOf, followingOf } from '../world/feeds.js';
import { findHashtagById, findHashtagByName, hashtagPosts } from '../world/hashtags.js';
import { searchUsers } from '../world/search.js';
import { findUserBySecUid, findUserByUsername } from '../world/users.js';
import { findVideo, postsOf, type VideoRef } from '../world/videos.js';
import { scavioComment } from './comments.js';
import { notFoundFailure } from './errors.js';
import { scavioChallengeInfo } from './hashtags.js';
import { type Data, offsetPage, rankPage, timePage, tokenTimePage } from './paging.js';
import { popularPostsOf } from './popular.js';
import { filteredSearchVideos } from './search.js';
import { scavioProfile, scavioUser } from './users.js';
import { scavioVideo } from './videos.js';

export interface ScavioCall {
  readonly endpoint: EndpointDescriptor;
  readonly params: Readonly<Record<string, Scalar>>;
  readonly world: WorldConfig;
}

export type ScavioRoute = (call: ScavioCall) => Data;

const text = (call: ScavioCall, name: string) => (call.params[name] === undefined ? undefined : String(call.params[name]));

function user(call: ScavioCall): number {
  const secUid = text(call, 'sec_user_id');
  const found = secUid !== undefined ? findUserBySecUid(call.world, secUid) : findUserByUsername(call.world, text(call, 'username') ?? '');
  if (found === undefined) throw notFoundFailure('user', secUid ?? text(call, 'username') ?? '');
  return found;
}

function video(call: ScavioCall): VideoRef {
  const id = text(call, 'video_id') ?? '';
  const found = findVideo(call.world, id);
  if (!found) throw notFoundFailure('video', id);
  return found;
}

function hashtag(call: ScavioCall): number {
  const id = text(call, 'hashtag_id');
  const found = id !== undefined ? findHashtagById(id) : findHashtagByName(text(call, 'hashtag_name') ?? '');
  if (found === undefined) throw notFoundFailure('hashtag', id ?? text(call, 'hashtag_name') ?? '');
  return found;
}

const videoOf = (call: ScavioCall) => (ref: VideoRef) => scavioVideo(call.world, ref);
const userOf = (call: ScavioCall) => (n: number) => scavioUser(call.world, n);

function posts(call: ScavioCall): Data {
  const n = user(call);
  if (text(call, 'sort_type') === '1') return rankPage(call, popularPostsOf(call.world, n), 'aweme_list', videoOf(call));
  return timePage(call, postsOf(call.world, n), 'aweme_list', videoOf(call));
}

function follows(kind: 'followers' | 'followings') {
  return (call: ScavioCall): Data => {
    const n = user(call);
    const list = kind === 'followers' ? followersOf(call.world, n) : followingOf(call.world, n);
    return tokenTimePage(call, `${kind}:${n}`, list, kind, userOf(call));
  };
}

function comments(call: ScavioCall): Data {
  const list = commentsOf(call.world, video(call));
  return offsetPage(call, list, 'comments', (ref) => scavioComment(call.world, ref), { total: list.size });
}

function replies(call: ScavioCall): Data {
  const ref = video(call);
  const id = text(call, 'comment_id') ?? '';
  const comment = findComment(call.world, ref, id);
  if (!comment) throw notFoundFailure('comment', id);
  const list = repliesOf(call.world, comment);
  return offsetPage(call, list, 'comments', (reply) => scavioComment(call.world, reply), { total: list.size });
}

export const scavioRoutes: Readonly<Record<string, ScavioRoute>> = {
  profile: (call) => ({ user: scavioProfile(call.world, user(call)) }),
  'user.posts': posts,
  'user.followers': follows('followers'),
  'user.followings': follows('followings'),
  video: (call) => ({ aweme_detail: scavioVideo(call.world, video(call)) }),
  'video.comments': comments,
  'video.comments.replies': replies,
  'search.videos': (call) => {
    const list = filteredSearchVideos(call.world, text(call, 'keyword') ?? '', text(call, 'sort_type'), text(call, 'publish_time'));
    return offsetPage(call, list, 'aweme_list', videoOf(call));
  },
  'search.users': (call) =>
    offsetPage(call, searchUsers(call.world, text(call, 'keyword') ?? ''), 'user_list', (n) => ({ user_info: scavioUser(call.world, n) })),
  hashtag: (call) => ({ challengeInfo: scavioChallengeInfo(call.world, hashtag(call)) }),
  'hashtag.videos': (call) => offsetPage(call, hashtagPosts(call.world, hashtag(call)), 'aweme_list', videoOf(call)),
};
