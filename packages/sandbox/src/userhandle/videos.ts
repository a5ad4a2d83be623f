// Videos as the user-handle API stores them: the world's post (same ID, caption, counters), `createTime` as text.
import type { WorldConfig } from '../world/config.js';
import { itemJson, type VideoRef } from '../world/videos.js';
import { storedTimes, userHandleStats, userHandleUser } from './users.js';

export function userHandleVideo(w: WorldConfig, ref: VideoRef) {
  const item = itemJson(w, ref);
  return {
    id: item.id,
    description: item.desc,
    createTime: String(item.createTime),
    duration: item.video.duration,
    music: {
      id: item.music.id,
      title: item.music.title,
      authorName: item.music.authorName,
      album: item.music.album,
      duration: item.music.duration,
      original: item.music.original,
      private: false,
      ...storedTimes('music', item.music.id),
    },
    stats: {
      diggCount: item.stats.diggCount,
      collectCount: item.stats.collectCount,
      commentCount: item.stats.commentCount,
      playCount: item.stats.playCount,
      repostCount: 0,
      shareCount: item.stats.shareCount,
    },
    author: userHandleUser(w, ref.author),
    authorStats: userHandleStats(w, ref.author),
  };
}
