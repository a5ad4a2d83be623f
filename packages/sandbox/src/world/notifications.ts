// The demo account's notifications, newest first, one finite list per filter.
import { WORLD_NOW, type WorldConfig } from './config.js';
import { encodeId } from './ids.js';
import { makeList, type List } from './list.js';
import { hash32, Rng } from './random.js';
import { appUserJson, userAt } from './users.js';
import { postsByOthers } from './feeds.js';
import { videoId } from './videos.js';

export const noticeFilters = ['all', 'likes', 'comments', 'mentions', 'followers'] as const;
export type NoticeFilter = (typeof noticeFilters)[number];

const kinds = {
  likes: { type: 41, content: 'liked your video.' },
  comments: { type: 31, content: 'commented: nice one!' },
  mentions: { type: 45, content: 'mentioned you in a comment.' },
  followers: { type: 33, content: 'started following you.' },
} as const;

function noticeTime(w: WorldConfig, filter: NoticeFilter, i: number): number {
  const gap = 1800;
  return WORLD_NOW - 120 - i * gap - (hash32(w.seed, 'notice-time', filter, i) % gap);
}

export function noticesOf(w: WorldConfig, filter: NoticeFilter): List<number> {
  return makeList(w.sizes.lists, (i) => i, (i) => noticeTime(w, filter, i));
}

export function noticeJson(w: WorldConfig, filter: NoticeFilter, i: number) {
  const rng = new Rng(w.seed, 'notice', filter, i);
  const kindName = filter === 'all' ? rng.pick(['likes', 'comments', 'mentions', 'followers'] as const) : filter;
  const kind = kinds[kindName];
  const from = userAt(w, ['notices', filter], i);
  const video = postsByOthers(w, ['notice-video', filter], w.sizes.lists).at(i);
  return {
    nid: encodeId('notice', BigInt(noticeFilters.indexOf(filter)) * 10_000_000n + BigInt(i)),
    type: kind.type,
    create_time: noticeTime(w, filter, i),
    has_read: i > 5,
    from_user: [appUserJson(w, from)],
    content: kind.content,
    ...(kindName === 'followers' ? {} : { aweme_id: videoId(video) }),
  };
}
