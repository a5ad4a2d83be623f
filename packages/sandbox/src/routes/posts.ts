import { fieldsFailure, tiktokFailure } from '../failures.js';
import {
  explorePosts,
  exploreCategoryPosts,
  followingPostsOf,
  isExploreCategory,
  likesOf,
  relatedPosts,
  savedOf,
} from '../world/feeds.js';
import { challengeJson, challengeStats, findHashtagById, findHashtagByName, hashtagPosts } from '../world/hashtags.js';
import { take } from '../world/list.js';
import { findMusic, musicJson, musicPosts, type MusicRef } from '../world/music.js';
import { findPlaylist, playlistItems, playlistJson, playlistsOf } from '../world/playlists.js';
import { exploreCategories } from '../world/text.js';
import { findUserByUsername, userJson } from '../world/users.js';
import { itemJson, postsOf, type VideoRef, videoId } from '../world/videos.js';
import { type Call, number, paged, resolveUser, resolveVideo, type Route, shortLinkCode, success, text } from './context.js';

const item = (call: Call) => (ref: VideoRef) => itemJson(call.world, ref);
const web = { root: { statusCode: 0 } };

function videoAnswer(call: Call, ref: VideoRef) {
  const json = itemJson(call.world, ref);
  return success({
    statusCode: 0,
    itemInfo: { itemStruct: json },
    shareMeta: { title: `${json.author.nickname} on TikTok`, desc: json.desc },
    $other: { videoLinkHeaders: { Referer: 'https://www.tiktok.com/', Cookie: 'tt_chain_token=sandbox' } },
  });
}

function posts(call: Call, fallback?: number) {
  const n = resolveUser(call, { names: ['secUid', 'user_id'], ...(fallback === undefined ? {} : { fallback }) });
  return paged(postsOf(call.world, n), item(call), web);
}

function playlists(call: Call, fallback?: number) {
  const n = resolveUser(call, { names: ['secUid'], ...(fallback === undefined ? {} : { fallback }) });
  return paged(playlistsOf(call.world, n), (ref) => playlistJson(call.world, ref), web);
}

function playlistPosts(call: Call) {
  const playlist = findPlaylist(call.world, text(call, 'playlist_id') ?? '');
  if (!playlist) throw tiktokFailure(10224);
  return paged(playlistItems(call.world, playlist), item(call), web);
}

function explore(call: Call) {
  const list = explorePosts(call.world, text(call, 'session_id') ?? '0', text(call, 'country') ?? 'us', number(call, 'count', 30) || 30);
  return success({ statusCode: 0, itemList: take(list, list.size).map(item(call)) });
}

function related(call: Call) {
  const ref = resolveVideo(call, 'video_id');
  const list = relatedPosts(call.world, videoId(ref), call.endpoint.key);
  return success({ statusCode: 0, itemList: take(list, list.size).map(item(call)) });
}

function hashtag(call: Call) {
  const id = text(call, 'id');
  const name = text(call, 'name');
  if (id === undefined && name === undefined) throw fieldsFailure({ id: 'A valid hashtag id or name is required.' });
  const h = id !== undefined ? (shortLinkCode(id) ? 0 : findHashtagById(id)) : findHashtagByName(name ?? '');
  if (h === undefined) throw tiktokFailure(10205);
  return paged(hashtagPosts(call.world, h), item(call), {
    root: { statusCode: 0, challengeInfo: { challenge: challengeJson(call.world, h), stats: challengeStats(call.world, h) } },
  });
}

function music(call: Call): MusicRef {
  const id = text(call, 'id') ?? '';
  const ref = shortLinkCode(id) ? { kind: 'popular' as const, track: 0 } : findMusic(call.world, id);
  if (!ref) throw tiktokFailure(10203);
  return ref;
}

export const postRoutes: Readonly<Record<string, Route>> = {
  'public.posts': (call) => posts(call),
  'public.likes': (call) => paged(likesOf(call.world, resolveUser(call, { names: ['secUid'] })), item(call), web),
  'public.explore': explore,
  'public.video': (call) => videoAnswer(call, resolveVideo(call, 'id')),
  'public.videoV2': (call) => videoAnswer(call, resolveVideo(call, 'id')),
  'public.videoV3': (call) => {
    const ref = resolveVideo(call, 'id');
    const author = findUserByUsername(call.world, text(call, 'username') ?? '');
    if (author === undefined) throw tiktokFailure(10202);
    if (author !== ref.author) throw tiktokFailure(10204);
    return videoAnswer(call, ref);
  },
  'public.relatedPosts': related,
  'public.playlists': (call) => playlists(call),
  'public.playlistItems': playlistPosts,
  'public.exploreCategory': (call) => {
    const category = Number(text(call, 'category_id'));
    if (!isExploreCategory(category)) throw tiktokFailure(10224);
    return paged(exploreCategoryPosts(call.world, category), item(call), {
      root: { statusCode: 0, category: { id: String(category), name: exploreCategories[category] } },
    });
  },
  'public.hashtag': hashtag,
  'public.music': (call) => {
    const ref = music(call);
    return paged(musicPosts(call.world, ref), item(call), { root: { statusCode: 0 } });
  },
  'public.musicInfo': (call) => {
    const ref = music(call);
    const author = ref.kind === 'original' ? userJson(call.world, ref.video.author) : undefined;
    return success({
      statusCode: 0,
      musicInfo: {
        music: musicJson(call.world, ref),
        ...(author ? { author } : {}),
        stats: { videoCount: musicPosts(call.world, ref).size },
      },
    });
  },
  'user.posts.feed': (call) => posts(call, call.account),
  'user.posts.likes': (call) =>
    paged(likesOf(call.world, resolveUser(call, { names: ['secUid'], fallback: call.account })), item(call), web),
  'user.posts.followingPosts': (call) => paged(followingPostsOf(call.world, call.account), item(call), web),
  'user.posts.relatedPosts': related,
  'user.posts.savedPosts': (call) => paged(savedOf(call.world, call.account), item(call), web),
  'user.posts.playlists': (call) => playlists(call, call.account),
  'user.posts.playlistItems': playlistPosts,
  'user.posts.explore': explore,
  'user.posts.video': (call) => videoAnswer(call, resolveVideo(call, 'id')),
};
