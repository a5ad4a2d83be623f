// Accounts. User n (0 <= n < USER_SPACE) is a pure function of n and the seed; its ID, secUid and
// username each carry n, so any of them finds the account again.
import { ANCHOR_ROOM_ID, ANCHOR_USERS, LILYACHTY } from './anchors.js';
import { WORLD_NOW, type WorldConfig } from './config.js';
import { decodeId, encodeId } from './ids.js';
import { avatarUrls } from './media.js';
import { hash32, Rng } from './random.js';
import { adjectives, bios, firstNames, nouns } from './text.js';

export const USER_SPACE = 10_000_000;
/** Indices below this are reserved for the documented accounts. */
export const FIRST_GENERATED = 100;
const GENERATED = USER_SPACE - FIRST_GENERATED;

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/** The first number from `candidate` on that is coprime with `n`: stepping by it visits every residue once. */
export function coprimeStep(n: number, candidate: number): number {
  let step = candidate;
  while (gcd(step, n) !== 1) step++;
  return step;
}

const USER_STEP = coprimeStep(GENERATED, 7_777_777);

/** The i-th account of a deterministic sequence of distinct generated accounts. */
export function userAt(w: WorldConfig, seedParts: readonly (string | number)[], i: number): number {
  const offset = hash32(w.seed, 'users', ...seedParts) % GENERATED;
  return FIRST_GENERATED + ((offset + i * USER_STEP) % GENERATED);
}

const LIVE_SPACE = Math.floor(USER_SPACE / 8) - Math.ceil(FIRST_GENERATED / 8);
const LIVE_STEP = coprimeStep(LIVE_SPACE, 3_333_331);

/** Generated accounts with n % 8 === 0 are live right now, and so is lilyachty. */
export function isLive(n: number): boolean {
  return n === LILYACHTY.index || (n >= FIRST_GENERATED && n % 8 === 0);
}

/** The i-th account of a sequence of distinct live accounts. */
export function liveUserAt(w: WorldConfig, seedParts: readonly (string | number)[], i: number): number {
  const offset = hash32(w.seed, 'live-users', ...seedParts) % LIVE_SPACE;
  return 8 * (Math.ceil(FIRST_GENERATED / 8) + ((offset + i * LIVE_STEP) % LIVE_SPACE));
}

/** The live room of a live account ('' when it is not live). */
export function roomIdOf(n: number): string {
  if (!isLive(n)) return '';
  return n === LILYACHTY.index ? ANCHOR_ROOM_ID : encodeId('room', n);
}

export function isUser(n: number): boolean {
  return Number.isInteger(n) && ((n >= 0 && n < ANCHOR_USERS.length) || (n >= FIRST_GENERATED && n < USER_SPACE));
}

const SECUID_PREFIX = 'MS4wLjABAAAA';
const SECUID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** The identity of an account: what every other lookup starts from. */
export interface Identity {
  index: number;
  id: string;
  secUid: string;
  uniqueId: string;
  nickname: string;
}

export function identity(w: WorldConfig, n: number): Identity {
  const anchor = ANCHOR_USERS[n];
  if (anchor) return { index: n, id: anchor.id, secUid: anchor.secUid, uniqueId: anchor.uniqueId, nickname: anchor.nickname };
  // Names and secUids hang on the seed-free part only, so IDs and usernames stay valid across seeds.
  const rng = new Rng('identity', n);
  const uniqueId = `${rng.pick(adjectives)}.${rng.pick(nouns)}${n}`;
  const nickname = `${rng.pick(firstNames)} ${rng.pick(nouns).replace(/^./, (c) => c.toUpperCase())}`;
  const secUid = `${SECUID_PREFIX}${rng.chars(59, SECUID_ALPHABET)}${n.toString(36).padStart(5, '0')}`;
  return { index: n, id: encodeId('user', n), secUid, uniqueId, nickname };
}

export function findUserByUsername(w: WorldConfig, username: string): number | undefined {
  const name = username.replace(/^@/, '').toLowerCase();
  const anchor = ANCHOR_USERS.find((u) => u.uniqueId === name);
  if (anchor) return anchor.index;
  const match = /^[a-z]+\.[a-z]+(\d+)$/.exec(name);
  const n = match ? Number(match[1]) : NaN;
  return isUser(n) && identity(w, n).uniqueId === name ? n : undefined;
}

export function findUserById(w: WorldConfig, id: string): number | undefined {
  const anchor = ANCHOR_USERS.find((u) => u.id === id);
  if (anchor) return anchor.index;
  const payload = decodeId('user', id);
  if (payload === undefined || payload >= BigInt(USER_SPACE)) return undefined;
  const n = Number(payload);
  return isUser(n) ? n : undefined;
}

export function findUserBySecUid(w: WorldConfig, secUid: string): number | undefined {
  const anchor = ANCHOR_USERS.find((u) => u.secUid === secUid);
  if (anchor) return anchor.index;
  if (!secUid.startsWith(SECUID_PREFIX) || secUid.length !== SECUID_PREFIX.length + 64) return undefined;
  const n = Number.parseInt(secUid.slice(-5), 36);
  return isUser(n) && identity(w, n).secUid === secUid ? n : undefined;
}

/** How many posts an account has. */
export function postCount(w: WorldConfig, n: number): number {
  return n === LILYACHTY.index ? w.sizes.lilyachtyPosts : w.sizes.lists;
}

/** Counts shown on a profile; videoCount is the length of the account's post list. */
export function userStats(w: WorldConfig, n: number) {
  const rng = new Rng(w.seed, 'stats', n);
  const followerCount = n === LILYACHTY.index ? 9_800_000 : rng.popular(10, 5_000_000);
  const heart = Math.round(followerCount * rng.int(5, 40));
  return {
    followerCount,
    followingCount: rng.int(0, 1500),
    heart,
    heartCount: heart,
    videoCount: postCount(w, n),
    diggCount: rng.int(0, 20_000),
    friendCount: rng.int(0, 300),
  };
}

function accountCreated(n: number): number {
  const anchor = ANCHOR_USERS[n];
  return anchor ? anchor.createTime : WORLD_NOW - 86_400 * (400 + (hash32('created', n) % 2500));
}

/** An account as the web API shows it (camelCase). */
export function userJson(w: WorldConfig, n: number) {
  const who = identity(w, n);
  const rng = new Rng(w.seed, 'profile', n);
  return {
    id: who.id,
    shortId: '',
    uniqueId: who.uniqueId,
    nickname: who.nickname,
    ...avatarUrls(`${hash32('avatar', n).toString(16)}${who.id.slice(-6)}`),
    signature: n === LILYACHTY.index ? 'sandbox copy of a public profile' : rng.pick(bios),
    createTime: accountCreated(n),
    verified: n === LILYACHTY.index || rng.chance(0.05),
    secUid: who.secUid,
    ftc: false,
    relation: 0,
    openFavorite: rng.chance(0.3),
    commentSetting: 0,
    duetSetting: 0,
    stitchSetting: 0,
    privateAccount: false,
    secret: false,
    isADVirtual: false,
    roomId: roomIdOf(n),
    region: 'US',
    language: 'en',
  };
}

/** An account as the app API shows it (snake_case): comments, search results, inbox, notifications. */
export function appUserJson(w: WorldConfig, n: number) {
  const who = identity(w, n);
  const stats = userStats(w, n);
  const avatar = avatarUrls(`${hash32('avatar', n).toString(16)}${who.id.slice(-6)}`);
  return {
    uid: who.id,
    unique_id: who.uniqueId,
    nickname: who.nickname,
    sec_uid: who.secUid,
    signature: userJson(w, n).signature,
    avatar_thumb: { uri: `avatar/${who.id}`, url_list: [avatar.avatarThumb] },
    follower_count: stats.followerCount,
    following_count: stats.followingCount,
    total_favorited: stats.heartCount,
    aweme_count: stats.videoCount,
    custom_verify: '',
    verification_type: 0,
  };
}
