// Sounds: popular tracks (music 28459463 is track 0) and each post's own "original sound".
import { ANCHOR_MUSIC_ID } from './anchors.js';
import type { WorldConfig } from './config.js';
import { decodeId, encodeId, joinPayload, splitPayload } from './ids.js';
import { makeList, type List } from './list.js';
import { imageUrl, soundUrl } from './media.js';
import { Rng } from './random.js';
import { rangeAuthor, rangeOwner, rangeSize } from './ranges.js';
import { tracks } from './text.js';
import { identity, isUser, postCount } from './users.js';
import type { VideoRef } from './video-ref.js';

export type MusicRef = { kind: 'popular'; track: number } | { kind: 'original'; video: VideoRef };

export function musicId(ref: MusicRef): string {
  if (ref.kind === 'original') return encodeId('originalSound', joinPayload(ref.video.author, ref.video.k, 7));
  return ref.track === 0 ? ANCHOR_MUSIC_ID : encodeId('music', ref.track);
}

export function findMusic(w: WorldConfig, id: string): MusicRef | undefined {
  if (id === ANCHOR_MUSIC_ID) return { kind: 'popular', track: 0 };
  const popular = decodeId('music', id);
  if (popular !== undefined && popular > 0n && popular < BigInt(tracks.length)) return { kind: 'popular', track: Number(popular) };
  const original = decodeId('originalSound', id);
  if (original === undefined) return undefined;
  const [author, k] = splitPayload(original, 7);
  const video = { author, k };
  return isUser(author) && k < postCount(w, author) && musicOfVideo(w, video).kind === 'original'
    ? { kind: 'original', video }
    : undefined;
}

/** The sound a post uses: the popular track whose block holds it, otherwise its own original sound. */
export function musicOfVideo(w: WorldConfig, video: VideoRef): MusicRef {
  const track = rangeOwner(w, 'music', video.author, video.k, tracks.length);
  return track === undefined ? { kind: 'original', video } : { kind: 'popular', track };
}

/** The posts that use a sound. */
export function musicPosts(w: WorldConfig, ref: MusicRef): List<VideoRef> {
  if (ref.kind === 'original') return makeList(1, () => ref.video);
  return makeList(rangeSize(w), (j) => ({ author: rangeAuthor('music', ref.track, j), k: 0 }));
}

export function musicJson(w: WorldConfig, ref: MusicRef) {
  const id = musicId(ref);
  const rng = new Rng(w.seed, 'music', id);
  const cover = imageUrl('music', id);
  const base = {
    id,
    playUrl: soundUrl(id),
    coverThumb: cover,
    coverMedium: cover,
    coverLarge: cover,
    duration: rng.int(8, 60),
  };
  if (ref.kind === 'original') {
    const author = identity(w, ref.video.author);
    return { ...base, title: `original sound - ${author.uniqueId}`, authorName: author.nickname, original: true, album: '' };
  }
  const track = tracks[ref.track] ?? tracks[0];
  return { ...base, title: track.title, authorName: track.authorName, original: false, album: track.album };
}
