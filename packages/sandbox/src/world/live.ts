// Live rooms (7112492061034646278 is lilyachty's), their chat, and the demo account's past streams.
import { ANCHOR_ROOM_ID, LILYACHTY } from './anchors.js';
import { WORLD_NOW, type WorldConfig } from './config.js';
import { decodeId, encodeId } from './ids.js';
import { makeList, type List } from './list.js';
import { imageUrl } from './media.js';
import { hash32, Rng } from './random.js';
import { commentTexts, emojis, gifts, liveTopics } from './text.js';
import { appUserJson, FIRST_GENERATED, isLive, isUser, liveUserAt, roomIdOf, userAt } from './users.js';

export function findRoom(id: string): number | undefined {
  if (id === ANCHOR_ROOM_ID) return LILYACHTY.index;
  const payload = decodeId('room', id);
  if (payload === undefined || payload > 100_000_000n) return undefined;
  const n = Number(payload);
  return isUser(n) && n >= FIRST_GENERATED && isLive(n) ? n : undefined;
}

export function roomJson(w: WorldConfig, n: number) {
  const id = roomIdOf(n);
  const rng = new Rng(w.seed, 'room', n);
  const topic = rng.pick(liveTopics);
  const started = WORLD_NOW - rng.int(300, 4 * 3600);
  return {
    id,
    id_str: id,
    title: `${topic.name} with ${appUserJson(w, n).nickname}`,
    status: 2,
    create_time: started,
    user_count: rng.popular(5, 80_000),
    owner: appUserJson(w, n),
    cover: { uri: `webcast/${id}`, url_list: [imageUrl('live', id)] },
    hashtag: { id: topic.id, title: topic.name },
    stats: { total_user: rng.popular(50, 500_000), like_count: rng.popular(100, 5_000_000) },
    stream_url: {
      flv_pull_url: { FULL_HD1: `https://pull-f5-va01.tiktokcdn.sandbox.invalid/stage/stream-${id}_uhd.flv` },
      hls_pull_url: `https://pull-hls-f16-va01.tiktokcdn.sandbox.invalid/stage/stream-${id}/index.m3u8`,
    },
  };
}

export function recommendedRooms(w: WorldConfig, room: number): List<number> {
  return makeList(Math.min(8, w.sizes.lists), (i) => liveUserAt(w, ['recommend', room], i));
}

export function liveSearch(w: WorldConfig, query: string): List<number> {
  return makeList(w.sizes.lists, (i) => liveUserAt(w, ['live-search', query.trim().toLowerCase()], i));
}

/** Chat and gift events of a room, oldest first. */
export function chatOf(w: WorldConfig, room: number): List<number> {
  return makeList(w.sizes.lists, (i) => i);
}

export function chatEventJson(w: WorldConfig, room: number, i: number) {
  const rng = new Rng(w.seed, 'chat', room, i);
  const user = appUserJson(w, userAt(w, ['chatters', room], i));
  const createTime = (WORLD_NOW - 3600) * 1000 + i * 1500 + (hash32(w.seed, 'chat-ms', room, i) % 1000);
  const msgId = encodeId('chat', BigInt(room) * 10_000_000n + BigInt(i));
  if (rng.chance(0.2)) {
    const gift = rng.pick(gifts);
    return { type: 'gift', msgId, createTime, user, gift: { ...gift, repeat_count: rng.int(1, 10) } };
  }
  return { type: 'chat', msgId, createTime, user, content: `${rng.pick(commentTexts)} ${rng.pick(emojis)}` };
}

/** The demo account's past live streams, newest first. */
export function pastLives(w: WorldConfig): List<number> {
  return makeList(w.sizes.lists, (i) => i);
}

export function pastLiveJson(w: WorldConfig, i: number) {
  const rng = new Rng(w.seed, 'past-live', i);
  const start = WORLD_NOW - 86_400 * (i + 1) - rng.int(0, 40_000);
  const duration = rng.int(600, 3 * 3600);
  return {
    room_id: encodeId('liveSession', i),
    title: `Live #${w.sizes.lists - i}`,
    start_time: start,
    end_time: start + duration,
    duration,
    total_viewers: rng.popular(10, 20_000),
    new_followers: rng.int(0, 400),
    diamonds: rng.int(0, 5000),
  };
}

export function topicsJson() {
  return liveTopics.map((t) => ({ id: t.id, name: t.name, type: 'topic' }));
}
