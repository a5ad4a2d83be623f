import { defineEndpoint, describedAs } from '../../endpoints/types.js';

const userHandle = {
  in: 'path',
  type: 'string',
  required: true,
  pattern: '^[A-Za-z0-9_.]{1,64}$',
  example: 'lilyachty',
  description: "The user's TikTok handle, without @.",
} as const;

export const user = defineEndpoint({
  key: 'user',
  method: 'GET',
  safeToRetry: true,
  path: '/user/{userHandle}',
  auth: 'apiKey',
  description: "A user's details and counters, by handle. Users not seen before are fetched from TikTok and kept.",
  params: { userHandle },
});

export const video = defineEndpoint({
  key: 'video',
  method: 'GET',
  safeToRetry: true,
  path: '/video/{userHandle}/{videoId}',
  auth: 'apiKey',
  description: "A video's details, sound, counters and author, by the author's handle and the video ID.",
  params: {
    userHandle: describedAs(userHandle, "The handle of the video's author, without @."),
    videoId: {
      in: 'path',
      type: 'string',
      required: true,
      pattern: '^[0-9]+$',
      acceptsNumber: true,
      example: '7109178205151464746',
      description: 'The video ID, as in the video link.',
    },
  },
});
