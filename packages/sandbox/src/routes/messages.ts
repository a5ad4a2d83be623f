import { tiktokFailure } from '../failures.js';
import { WORLD_NOW } from '../world/config.js';
import {
  conversationIds,
  conversationJson,
  conversationsOf,
  findConversation,
  type ConversationRef,
  messageJson,
  messagesOf,
} from '../world/inbox.js';
import { take } from '../world/list.js';
import { findUserById } from '../world/users.js';
import { type Call, paged, type Route, success, text } from './context.js';

const inbox = { error_desc: 'OK', inbox_type: 0, log_id: 'sandbox', sequence_id: 10005, status_code: 0 };

function conversation(call: Call): ConversationRef {
  const found = findConversation(call.world, text(call, 'conversation_id') ?? '', text(call, 'conversation_short_id') ?? '');
  if (!found) throw tiktokFailure(10224);
  return found;
}

export const messageRoutes: Readonly<Record<string, Route>> = {
  'user.conversations': (call) =>
    paged(conversationsOf(call.world, 'inbox'), (ref) => conversationJson(call.world, ref), {
      root: { ...inbox, perUserCursor: WORLD_NOW * 1_000_000 },
    }),
  'user.conversationRequests.conversations': (call) =>
    paged(conversationsOf(call.world, 'request'), (ref) => conversationJson(call.world, ref), { root: inbox }),
  'user.messages': (call) => {
    const ref = conversation(call);
    return paged(messagesOf(call.world, ref), (i) => messageJson(call.world, ref, i), { root: inbox });
  },
  'user.conversationRequests.messages': (call) => {
    const ref = conversation(call);
    const list = messagesOf(call.world, ref);
    return success({ ...inbox, messages: take(list, 20).map((i) => messageJson(call.world, ref, i)) });
  },
  'user.conversationRequests.markRead': (call) => {
    conversation(call);
    return success({ ...inbox, message: 'Conversation request has been marked as read.' });
  },
  'user.conversationRequests.delete': (call) => {
    conversation(call);
    return success({ ...inbox, message: 'Conversation request has been deleted successfully.' });
  },
  'user.conversationRequests.accept': (call) => {
    conversation(call);
    if (findUserById(call.world, text(call, 'user_id') ?? '') === undefined) throw tiktokFailure(10202);
    return success({ ...inbox, status_msg: '', message: 'Conversation request has been accepted successfully.' });
  },
  'user.sendMessage': (call) => {
    const ref = conversation(call);
    const ids = conversationIds(call.world, ref);
    if (text(call, 'ticket') !== ids.ticket) throw tiktokFailure(10224);
    return success({
      ...inbox,
      cmd: 100,
      request_arrived_time: WORLD_NOW * 1000,
      server_execution_end_time: WORLD_NOW * 1000 + 212,
      body: {
        send_message_body: {
          conversation_id: ids.id,
          conversation_short_id: ids.shortId,
          text: text(call, 'text') ?? '',
          status: 0,
        },
      },
    });
  },
};
