// Videos ("awemes") in Scavio's shape, mapped from the world's posts: same IDs, captions, times and counters.
import type { WorldConfig } from '../world/config.js';
import { itemJson, type VideoRef } from '../world/videos.js';
import { scavioUser } from './users.js';

const image = (url: string) => ({ url_list: [url] });

export function scavioVideo(w: WorldConfig, ref: VideoRef) {
  const item = itemJson(w, ref);
  return {
    aweme_id: item.id,
    desc: item.desc,
    create_time: item.createTime,
    statistics: {
      digg_count: item.stats.diggCount,
      comment_count: item.stats.commentCount,
      play_count: item.stats.playCount,
      share_count: item.stats.shareCount,
      collect_count: item.stats.collectCount,
    },
    author: scavioUser(w, ref.author),
    music: { id: item.music.id, title: item.music.title, author: item.music.authorName, duration: item.music.duration },
    video: {
      play_addr: image(item.video.playAddr),
      download_addr: image(item.video.downloadAddr),
      cover: image(item.video.cover),
      duration: item.video.duration * 1000,
      width: item.video.width,
      height: item.video.height,
    },
    cha_list: item.challenges.map((challenge) => ({ cid: challenge.id, cha_name: challenge.title, desc: challenge.desc })),
    text_extra: item.textExtra.map((extra) => {
      const tag = extra as { start: number; end: number; hashtagName: string; hashtagId: string; type: number };
      return { start: tag.start, end: tag.end, type: tag.type, hashtag_name: tag.hashtagName, hashtag_id: tag.hashtagId };
    }),
    share_url: item.shareUrl,
  };
}
