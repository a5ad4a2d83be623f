// URLs of pictures, videos and sounds. They point at a reserved domain: the sandbox serves no media.
import type { Rng } from './random.js';

const CDN = 'tiktokcdn.sandbox.invalid';

export function avatarUrls(key: string): { avatarThumb: string; avatarMedium: string; avatarLarger: string } {
  const base = `https://p16-sign-va.${CDN}/tos-maliva-avt-0068/${key}`;
  return {
    avatarThumb: `${base}~c5_100x100.jpeg`,
    avatarMedium: `${base}~c5_720x720.jpeg`,
    avatarLarger: `${base}~c5_1080x1080.jpeg`,
  };
}

export function imageUrl(kind: string, key: string): string {
  return `https://p16-sign-va.${CDN}/obj/tos-maliva-p-0068/${kind}/${key}.image`;
}

export function videoUrl(videoId: string, rng: Rng): string {
  return `https://v16-webapp.${CDN}/video/tos/useast2a/${rng.hex(32)}/?a=1988&br=${rng.int(800, 4000)}&item_id=${videoId}&mime_type=video_mp4`;
}

export function soundUrl(musicId: string): string {
  return `https://sf16-ies-music-va.${CDN}/obj/musically-maliva-obj/${musicId}.mp3`;
}

export function shareUrl(path: string): string {
  return `https://www.tiktok.com/${path}`;
}
