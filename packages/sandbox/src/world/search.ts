// Search and discover results: finite lists for a query; an exact username match comes first.
import type { WorldConfig } from './config.js';
import { accountsList, postsByOthers } from './feeds.js';
import { hashtagCount } from './hashtags.js';
import { makeList, type List } from './list.js';
import { type MusicRef, musicOfVideo } from './music.js';
import { adjectives, nouns, tracks } from './text.js';
import { findUserByUsername } from './users.js';
import type { VideoRef } from './video-ref.js';

function normalize(query: string): string {
  return query.trim().toLowerCase();
}

function matchedUser(w: WorldConfig, query: string): number | undefined {
  const name = normalize(query);
  return /^@?[a-z0-9_.]+$/.test(name) ? findUserByUsername(w, name) : undefined;
}

export function searchUsers(w: WorldConfig, query: string): List<number> {
  const rest = accountsList(w, ['search-users', normalize(query)], w.sizes.lists);
  const first = matchedUser(w, query);
  if (first === undefined) return rest;
  return makeList(rest.size, (i) => (i === 0 ? first : rest.at(i - 1)));
}

export function searchVideos(w: WorldConfig, query: string): List<VideoRef> {
  const rest = postsByOthers(w, ['search-videos', normalize(query)], w.sizes.lists);
  const first = matchedUser(w, query);
  if (first === undefined) return rest;
  return makeList(rest.size, (i) => (i === 0 ? { author: first, k: 0 } : rest.at(i - 1)));
}

export function suggestions(w: WorldConfig, query: string): List<string> {
  const q = normalize(query);
  return makeList(w.sizes.lists, (i) => `${q} ${adjectives[i % adjectives.length]} ${nouns[Math.floor(i / adjectives.length) % nouns.length]}${i >= adjectives.length * nouns.length ? ` ${i}` : ''}`);
}

export function discoverUsers(w: WorldConfig, context: string): List<number> {
  const rest = accountsList(w, ['discover-users', normalize(context)], w.sizes.lists);
  const first = matchedUser(w, context);
  if (first === undefined) return rest;
  return makeList(rest.size, (i) => (i === 0 ? first : rest.at(i - 1)));
}

/** Popular tracks first, then the original sounds of other posts. */
export function discoverMusic(w: WorldConfig, context: string): List<MusicRef> {
  const others = postsByOthers(w, ['discover-music', normalize(context)], w.sizes.lists);
  return makeList(w.sizes.lists, (i) =>
    i < tracks.length ? { kind: 'popular', track: i } : musicOfVideo(w, others.at(i - tracks.length)),
  );
}

/** The hashtag vocabulary (a short list). */
export function discoverHashtags(w: WorldConfig): List<number> {
  return makeList(Math.min(w.sizes.lists, hashtagCount()), (h) => h);
}
