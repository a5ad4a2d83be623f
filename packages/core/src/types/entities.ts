// Lenient shapes of what TikTok returns: the fields users reach for are typed, the rest is kept as `unknown`.
// The types are generated from the response schemas in src/schemas (see schemas.generated.ts).
export type {
  Challenge,
  Comment,
  Item,
  Lenient,
  Music,
  ResponseBody,
  Stats,
  User,
  UserInfo,
  UserListEntry,
  Video,
  VideoStats,
} from './schemas.generated.js';
