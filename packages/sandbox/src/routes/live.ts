import { tiktokFailure } from '../failures.js';
import { WORLD_NOW } from '../world/config.js';
import { decodeId, encodeId } from '../world/ids.js';
import { makeList, take } from '../world/list.js';
import { chatEventJson, chatOf, findRoom, liveSearch, pastLiveJson, pastLives, recommendedRooms, roomJson, topicsJson } from '../world/live.js';
import { Rng, hash32 } from '../world/random.js';
import { roomIdOf } from '../world/users.js';
import { transactionJson, transactionsOf } from '../world/wallet.js';
import { type Call, number, paged, type Route, success, text } from './context.js';

const app = { status_code: 0, extra: { now: WORLD_NOW * 1000 } };

function room(call: Call): number {
  const found = findRoom(text(call, 'room_id') ?? '');
  if (found === undefined) throw tiktokFailure(10210);
  return found;
}

function stream(key: string) {
  const id = String(hash32('stream', key)).padStart(10, '0');
  return {
    id: `2990920246${id}`,
    push: {
      server: 'rtmp://push-rtmp-l11-va01.tiktokcdn.sandbox.invalid/game',
      key: `stream-2990920246${id}?expire=${WORLD_NOW + 86_400}&sign=sandbox`,
      url: `rtmp://push-rtmp-l11-va01.tiktokcdn.sandbox.invalid/game/stream-2990920246${id}?expire=${WORLD_NOW + 86_400}&sign=sandbox`,
    },
    pull: {
      default_resolution: 'FULL_HD1',
      hls: `https://pull-hls-f16-va01.tiktokcdn.sandbox.invalid/game/stream-2990920246${id}/index.m3u8`,
      flv: { FULL_HD1: `https://pull-f5-va01.tiktokcdn.sandbox.invalid/game/stream-2990920246${id}_uhd.flv` },
    },
  };
}

function details(call: Call) {
  const id = text(call, 'room_id') ?? '';
  const past = decodeId('liveSession', id);
  if (past !== undefined && past < BigInt(call.world.sizes.lists)) return success({ ...app, data: pastLiveJson(call.world, Number(past)) });
  const n = room(call);
  const rng = new Rng(call.world.seed, 'room-details', n);
  return success({
    ...app,
    data: { ...roomJson(call.world, n), gifts_received: rng.int(0, 5000), comments: rng.int(0, 20_000), shares: rng.int(0, 900) },
  });
}

export const liveRoutes: Readonly<Record<string, Route>> = {
  'user.live.permissions': () =>
    success({ ...app, data: { can_go_live: true, third_party_streaming: true, max_duration: 14_400, min_followers: 1000 } }),
  'user.live.start': (call) => {
    const title = text(call, 'title') ?? '';
    const id = encodeId('room', 9_000_000_000n + BigInt(hash32('start', title)));
    return success({
      ...app,
      data: {
        room: { id, title, status: 1, create_time: WORLD_NOW * 1000, share_url: `https://www.tiktok.com/@demoapi/live?room=${id}` },
        stream: stream(title),
      },
    });
  },
  'user.live.stop': () => success({ ...app, data: { status: 4, message: 'Live ended.' } }),
  'user.live.info': (call) => success({ ...app, data: roomJson(call.world, room(call)) }),
  'user.live.recommend': (call) => {
    const list = recommendedRooms(call.world, room(call));
    return success({ ...app, data: take(list, list.size).map((n) => roomJson(call.world, n)) });
  },
  'user.live.stats': (call) => {
    const n = room(call);
    const rng = new Rng(call.world.seed, 'room-stats', n);
    return success({
      ...app,
      data: {
        period_stats: { decimal_num: 2, stats_type: 0, value: rng.int(100, 9000) },
        room_stats: {
          room_id: roomIdOf(n),
          live_watch_ucnt: rng.popular(5, 100_000),
          live_like_cnt: rng.popular(10, 1_000_000),
          live_comment_ucnt: rng.int(0, 5000),
          live_new_fans_ucnt: rng.int(0, 800),
          live_start_time: WORLD_NOW - 7200,
          live_end_time: WORLD_NOW,
          total_score: rng.int(0, 100_000),
        },
      },
    });
  },
  'user.live.chat': (call) => {
    const n = room(call);
    return paged(chatOf(call.world, n), (i) => chatEventJson(call.world, n, i), {
      root: { now: String(WORLD_NOW * 1000), pushServer: 'wss://webcast16-ws-useast1a.tiktok.sandbox.invalid/webcast/im/push/' },
    });
  },
  'user.live.sendChat': (call) => {
    const n = room(call);
    const content = text(call, 'text') ?? '';
    return success({ ...app, data: { room_id: roomIdOf(n), msg_id: encodeId('chat', BigInt(hash32('sent', content))), content } });
  },
  'user.live.topics': () => success({ ...app, data: topicsJson() }),
  'user.live.transactionHistory': (call) => {
    const list = transactionsOf(call.world);
    return paged(list, (i) => transactionJson(call.world, i), { root: { ...app, total: list.size } });
  },
  'user.live.search': (call) =>
    paged(liveSearch(call.world, text(call, 'query') ?? ''), (n) => ({ type: 1, live_info: roomJson(call.world, n) }), {
      root: { ...app, backtrace: '', log_pb: { impr_id: 'sandbox' } },
    }),
  'user.live.analytics': (call) => {
    const days = number(call, 'days', 7);
    const rng = new Rng(call.world.seed, 'live-analytics', days);
    return success({
      ...app,
      data: {
        days,
        lives: rng.int(0, days),
        total_duration: rng.int(0, days * 7200),
        diamonds: rng.int(0, 50_000),
        new_followers: rng.int(0, 3000),
        unique_viewers: rng.popular(10, 300_000),
      },
    });
  },
  'user.live.list': (call) => {
    const all = pastLives(call.world);
    const oldestFirst = number(call, 'sort', 0) === 1;
    const ordered = oldestFirst ? makeList(all.size, (i) => all.at(all.size - 1 - i)) : all;
    return paged(ordered, (i) => pastLiveJson(call.world, i), { root: { ...app, total: all.size } });
  },
  'user.live.details': details,
};
