import { WORLD_NOW } from '../world/config.js';
import { noticeFilters, type NoticeFilter, noticeJson, noticesOf } from '../world/notifications.js';
import { paged, type Route, text } from './context.js';

export const notificationRoutes: Readonly<Record<string, Route>> = {
  'user.notifications': (call) => {
    const given = text(call, 'filter') ?? 'all';
    const filter: NoticeFilter = noticeFilters.find((f) => f === given) ?? 'all';
    return paged(noticesOf(call.world, filter), (i) => noticeJson(call.world, filter, i), {
      container: { group: filter, total: noticesOf(call.world, filter).size },
      root: { status_code: 0, status_msg: '', extra: { now: WORLD_NOW * 1000 }, log_pb: { impr_id: 'sandbox' } },
    });
  },
};
