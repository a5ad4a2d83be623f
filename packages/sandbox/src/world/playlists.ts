// Playlists ("mixes"): playlist p of account n holds some of n's own posts. 6948562344666532614 is
// lilyachty's playlist 0.
import { ANCHOR_PLAYLIST_ID, LILYACHTY } from './anchors.js';
import type { WorldConfig } from './config.js';
import { decodeId, encodeId, joinPayload, splitPayload } from './ids.js';
import { makeList, type List } from './list.js';
import { imageUrl } from './media.js';
import { hash32 } from './random.js';
import { identity, isUser, postCount, userJson } from './users.js';
import type { VideoRef } from './video-ref.js';

export interface PlaylistRef {
  readonly owner: number;
  readonly index: number;
}

export function playlistId(ref: PlaylistRef): string {
  if (ref.owner === LILYACHTY.index && ref.index === 0) return ANCHOR_PLAYLIST_ID;
  return encodeId('playlist', joinPayload(ref.owner, ref.index, 5));
}

export function playlistsOf(w: WorldConfig, n: number): List<PlaylistRef> {
  return makeList(w.sizes.lists, (index) => ({ owner: n, index }));
}

export function findPlaylist(w: WorldConfig, id: string): PlaylistRef | undefined {
  if (id === ANCHOR_PLAYLIST_ID) return { owner: LILYACHTY.index, index: 0 };
  const payload = decodeId('playlist', id);
  if (payload === undefined) return undefined;
  const [owner, index] = splitPayload(payload, 5);
  if (!isUser(owner) || index >= w.sizes.lists || (owner === LILYACHTY.index && index === 0)) return undefined;
  return { owner, index };
}

/** The posts of a playlist: a run of the owner's posts. */
export function playlistItems(w: WorldConfig, ref: PlaylistRef): List<VideoRef> {
  const posts = postCount(w, ref.owner);
  const size = Math.min(w.sizes.lists, posts);
  const start = hash32(w.seed, 'playlist-start', ref.owner, ref.index) % posts;
  return makeList(size, (i) => ({ author: ref.owner, k: (start + i) % posts }));
}

export function playlistJson(w: WorldConfig, ref: PlaylistRef) {
  const id = playlistId(ref);
  return {
    id,
    name: `${identity(w, ref.owner).nickname} mix ${ref.index + 1}`,
    cover: imageUrl('mix', id),
    creator: userJson(w, ref.owner),
    videoCount: playlistItems(w, ref).size,
  };
}
