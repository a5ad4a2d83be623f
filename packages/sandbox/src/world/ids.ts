// Numeric IDs that look like TikTok's (19 digits) yet carry what they point to, so any ID the sandbox hands
// out can be looked up again without storing anything. The payload is scrambled by an invertible affine map
// modulo 10^18 with a salt per kind of entity, then prefixed with a leading digit.

const MOD = 10n ** 18n;
const MUL = 738_163_921_457_289_331n; // ends in 1: coprime with 10, so invertible modulo 10^18

function inverse(a: bigint, m: bigint): bigint {
  let [oldR, r] = [a % m, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  return ((oldS % m) + m) % m;
}

const MUL_INVERSE = inverse(MUL, MOD);

/** Kinds of ID, each with its leading digit and salt. */
export const idKinds = {
  user: { lead: '6', salt: 104_729n },
  video: { lead: '7', salt: 1_299_709n },
  comment: { lead: '7', salt: 15_485_863n },
  reply: { lead: '7', salt: 32_452_843n },
  music: { lead: '7', salt: 49_979_687n },
  originalSound: { lead: '7', salt: 67_867_967n },
  playlist: { lead: '7', salt: 86_028_121n },
  room: { lead: '7', salt: 104_395_301n },
  conversation: { lead: '6', salt: 122_949_823n },
  requestConversation: { lead: '7', salt: 141_650_939n },
  message: { lead: '7', salt: 160_481_183n },
  notice: { lead: '7', salt: 179_424_673n },
  liveSession: { lead: '7', salt: 198_491_317n },
  chat: { lead: '7', salt: 217_645_177n },
  transaction: { lead: '1', salt: 236_887_691n },
  created: { lead: '7', salt: 256_203_161n },
} as const;

export type IdKind = keyof typeof idKinds;

/** The ID of a payload (0 <= payload < 10^18). */
export function encodeId(kind: IdKind, payload: bigint | number): string {
  const { lead, salt } = idKinds[kind];
  const scrambled = ((BigInt(payload) + salt) * MUL) % MOD;
  return lead + scrambled.toString().padStart(18, '0');
}

/** The payload of an ID of this kind, or undefined when the text cannot be one. */
export function decodeId(kind: IdKind, id: string): bigint | undefined {
  const { lead, salt } = idKinds[kind];
  if (!/^\d{19}$/.test(id) || id[0] !== lead) return undefined;
  const scrambled = BigInt(id.slice(1));
  return (((scrambled * MUL_INVERSE - salt) % MOD) + MOD) % MOD;
}

/** Splits a payload made as `high * 10^digits + low`. */
export function splitPayload(payload: bigint, digits: number): [high: number, low: number] {
  const base = 10n ** BigInt(digits);
  return [Number(payload / base), Number(payload % base)];
}

export function joinPayload(high: number, low: number, digits: number): bigint {
  return BigInt(high) * 10n ** BigInt(digits) + BigInt(low);
}
