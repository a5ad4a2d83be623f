// Hashtags in Scavio's shape: `challengeInfo.challenge` (with its stats) and `challengeInfo.stats`, as TikAPI counts them.
import type { WorldConfig } from '../world/config.js';
import { challengeJson, challengeStats } from '../world/hashtags.js';

export function scavioChallengeInfo(w: WorldConfig, h: number) {
  const challenge = challengeJson(w, h);
  const stats = challengeStats(w, h);
  return {
    challenge: { id: challenge.id, title: challenge.title, desc: challenge.desc, cover: challenge.coverLarger, stats },
    stats,
  };
}
