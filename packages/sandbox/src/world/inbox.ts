// The demo account's direct messages: conversations, message requests and their messages.
// Conversation 0 of the inbox is the documented example conversation.
import { ANCHOR_CONVERSATION, CONVERSATION_PARTNER, DEMO_ACCOUNT } from './anchors.js';
import { WORLD_NOW, type WorldConfig } from './config.js';
import { decodeId, encodeId } from './ids.js';
import { makeList, type List } from './list.js';
import { hash32, Rng } from './random.js';
import { messageTexts } from './text.js';
import { identity, userAt } from './users.js';

export type ConversationKind = 'inbox' | 'request';

export interface ConversationRef {
  readonly kind: ConversationKind;
  readonly index: number;
}

export interface ConversationIds {
  id: string;
  shortId: string;
  ticket: string;
  other: number;
}

export function conversationIds(w: WorldConfig, ref: ConversationRef): ConversationIds {
  if (ref.kind === 'inbox' && ref.index === 0) {
    return { id: ANCHOR_CONVERSATION.id, shortId: ANCHOR_CONVERSATION.shortId, ticket: ANCHOR_CONVERSATION.ticket, other: CONVERSATION_PARTNER.index };
  }
  const other = userAt(w, ['conversation', ref.kind], ref.index);
  const shortId = encodeId(ref.kind === 'inbox' ? 'conversation' : 'requestConversation', ref.index);
  const ticket = new Rng('ticket', ref.kind, ref.index).chars(120, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789');
  return { id: `0:1:${DEMO_ACCOUNT.id}:${identity(w, other).id}`, shortId, ticket, other };
}

export function conversationsOf(w: WorldConfig, kind: ConversationKind): List<ConversationRef> {
  return makeList(w.sizes.lists, (index) => ({ kind, index }));
}

/** The conversation (inbox or request) with both IDs, when they belong together. */
export function findConversation(w: WorldConfig, id: string, shortId: string): ConversationRef | undefined {
  if (id === ANCHOR_CONVERSATION.id && shortId === ANCHOR_CONVERSATION.shortId) return { kind: 'inbox', index: 0 };
  for (const kind of ['inbox', 'request'] as const) {
    const payload = decodeId(kind === 'inbox' ? 'conversation' : 'requestConversation', shortId);
    if (payload === undefined || payload >= BigInt(w.sizes.lists)) continue;
    const ref = { kind, index: Number(payload) };
    if (ref.kind === 'inbox' && ref.index === 0) continue;
    if (conversationIds(w, ref).id === id) return ref;
  }
  return undefined;
}

/** Message times in microseconds, newest first. */
function messageTime(w: WorldConfig, ref: ConversationRef, i: number): number {
  const newest = (WORLD_NOW - 600 - (hash32(w.seed, 'conv-newest', ref.kind, ref.index) % 86_400)) * 1_000_000;
  const gap = 90_000_000;
  return newest - i * gap - (hash32(w.seed, 'msg-jitter', ref.kind, ref.index, i) % gap);
}

export function messagesOf(w: WorldConfig, ref: ConversationRef): List<number> {
  return makeList(w.sizes.lists, (i) => i, (i) => messageTime(w, ref, i));
}

export function messageJson(w: WorldConfig, ref: ConversationRef, i: number) {
  const rng = new Rng(w.seed, 'message', ref.kind, ref.index, i);
  const ids = conversationIds(w, ref);
  const sender = rng.chance(0.5) ? identity(w, ids.other) : identity(w, DEMO_ACCOUNT.index);
  const createTime = messageTime(w, ref, i);
  return {
    text: rng.pick(messageTexts),
    createTime: String(Math.floor(createTime / 1000)),
    serverMessageId: encodeId('message', BigInt(hash32('message-of', ids.shortId)) * 100_000n + BigInt(i)),
    isStranger: ref.kind === 'request',
    senderSecUid: sender.secUid,
    senderUid: sender.id,
    status: 0,
    type: 7,
    content: { aweType: 700, isDefault: false, is_card: false, mSendStartTime: Math.floor(createTime / 1000), msgHint: '', type: 0 },
    version: '0',
  };
}

export function conversationJson(w: WorldConfig, ref: ConversationRef) {
  const ids = conversationIds(w, ref);
  const latest = makeList(Math.min(2, w.sizes.lists), (i) => messageJson(w, ref, i));
  return {
    conversationType: 1,
    favorite: 0,
    id: ids.id,
    short_id: ids.shortId,
    ticket: ids.ticket,
    inboxType: 0,
    isParticipant: true,
    messages: [latest.at(0), ...(latest.size > 1 ? [latest.at(1)] : [])],
    mute: 0,
    notice: '',
    ownerSecUid: identity(w, DEMO_ACCOUNT.index).secUid,
    ownerUid: DEMO_ACCOUNT.id,
    participantsCount: 2,
    participantsUid: [DEMO_ACCOUNT.id, identity(w, ids.other).id],
    participant: { uniqueId: identity(w, ids.other).uniqueId, nickname: identity(w, ids.other).nickname },
  };
}
