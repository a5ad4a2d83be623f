import { WORLD_NOW } from '../world/config.js';
import { challengeJson, challengeStats, findHashtagByName } from '../world/hashtags.js';
import { take } from '../world/list.js';
import { musicJson, musicPosts, type MusicRef } from '../world/music.js';
import {
  discoverHashtags,
  discoverMusic,
  discoverUsers,
  searchUsers,
  searchVideos,
  suggestions,
} from '../world/search.js';
import { appUserJson, userJson, userStats } from '../world/users.js';
import { itemJson, type VideoRef } from '../world/videos.js';
import { type Call, paged, type Route, success, text } from './context.js';

const userEntry = (call: Call) => (n: number) => ({ user: userJson(call.world, n), stats: userStats(call.world, n) });
const musicEntry = (call: Call) => (ref: MusicRef) => ({
  music: musicJson(call.world, ref),
  stats: { videoCount: musicPosts(call.world, ref).size },
});
const hashtagEntry = (call: Call) => (h: number) => ({ challenge: challengeJson(call.world, h), stats: challengeStats(call.world, h) });
const web = { root: { statusCode: 0 } };

function discover(call: Call) {
  const context = text(call, 'country') ?? 'us';
  switch (text(call, 'category')) {
    case 'music':
      return paged(discoverMusic(call.world, context), musicEntry(call), { ...web, itemsField: 'musicList' });
    case 'hashtag':
      return paged(discoverHashtags(call.world), hashtagEntry(call), { ...web, itemsField: 'challengeList' });
    default:
      return paged(discoverUsers(call.world, context), userEntry(call), { ...web, itemsField: 'userList' });
  }
}

function discoverKeyword(call: Call) {
  const keyword = text(call, 'keyword') ?? '';
  const users = discoverUsers(call.world, keyword);
  const music = discoverMusic(call.world, keyword);
  const tag = findHashtagByName(keyword.replace(/\s+/g, ''));
  return success({
    statusCode: 0,
    keyword,
    userList: take(users, 5).map(userEntry(call)),
    musicList: take(music, 5).map(musicEntry(call)),
    challengeList: tag === undefined ? [] : [hashtagEntry(call)(tag)],
  });
}

const searchRoot = { root: { status_code: 0, ad_info: {}, extra: { now: WORLD_NOW * 1000 }, log_pb: { impr_id: 'sandbox' } } };

function search(call: Call) {
  const query = text(call, 'query') ?? '';
  const video = (ref: VideoRef) => itemJson(call.world, ref);
  switch (text(call, 'category')) {
    case 'users':
      return paged(searchUsers(call.world, query), (n) => ({ user_info: appUserJson(call.world, n) }), {
        ...searchRoot,
        itemsField: 'user_list',
      });
    case 'videos':
      return paged(searchVideos(call.world, query), video, { ...searchRoot, itemsField: 'item_list' });
    case 'autocomplete':
      return paged(suggestions(call.world, query), (content) => ({ content, extra_info: { sug_type: 'query' } }), {
        ...searchRoot,
        itemsField: 'sug_list',
      });
    default:
      return paged(searchVideos(call.world, query), (ref) => ({ type: 1, item: video(ref) }), {
        ...searchRoot,
        itemsField: 'data',
      });
  }
}

export const discoverRoutes: Readonly<Record<string, Route>> = {
  'public.discover': discover,
  'public.discoverKeyword': discoverKeyword,
  'public.discoverV3': (call) =>
    paged(discoverUsers(call.world, text(call, 'keyword') ?? ''), userEntry(call), { ...web, itemsField: 'userList' }),
  'public.search': search,
  'user.posts.search': search,
};
