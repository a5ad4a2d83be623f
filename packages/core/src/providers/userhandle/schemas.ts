// Lenient shapes of what the user-handle API answers, with the seed's field names. Read by scripts only.
import { bool, num, ref, required, str } from '../../schemas/fields.js';
import type { EndpointSchemas, EntitySchema } from '../../schemas/types.js';

export const userHandleSchemas = {
  UserHandleUser: {
    description: 'A TikTok account as the API stores it; `createdAt`/`updatedAt` are when it was stored.',
    fields: {
      id: str,
      nickname: str,
      id_dup: str,
      secUid: str,
      profileBio: str,
      profilePictureUrl: str,
      isVerified: bool,
      isPrivateAccount: bool,
      createdAt: str,
      updatedAt: str,
    },
  },
  UserHandleUserStats: {
    description: "An account's counters.",
    fields: {
      diggCount: num,
      followerCount: num,
      followingCount: num,
      friendCount: num,
      heartCount: num,
      heart: num,
      videoCount: num,
    },
  },
  UserHandleMusic: {
    description: 'A sound.',
    fields: {
      id: str,
      title: str,
      authorName: str,
      album: str,
      duration: num,
      original: bool,
      private: bool,
      createdAt: str,
      updatedAt: str,
    },
  },
  UserHandleVideoStats: {
    description: "A video's counters.",
    fields: { diggCount: num, collectCount: num, commentCount: num, playCount: num, repostCount: num, shareCount: num },
  },
  UserHandleUserResponse: {
    description: 'A user with its counters.',
    fields: { user: required(ref('UserHandleUser')), stats: required(ref('UserHandleUserStats')) },
  },
  UserHandleVideoResponse: {
    description: 'A video with its sound, counters and author.',
    fields: {
      id: required(str),
      description: str,
      createTime: str,
      duration: num,
      music: ref('UserHandleMusic'),
      stats: ref('UserHandleVideoStats'),
      author: ref('UserHandleUser'),
      authorStats: ref('UserHandleUserStats'),
    },
  },
} as const satisfies Readonly<Record<string, EntitySchema>>;

type Name = keyof typeof userHandleSchemas;

/** Which schema each endpoint's success body has. */
export const userHandleEndpointSchemas: Readonly<Record<string, EndpointSchemas & { response: Name }>> = {
  user: { response: 'UserHandleUserResponse' },
  video: { response: 'UserHandleVideoResponse' },
};
