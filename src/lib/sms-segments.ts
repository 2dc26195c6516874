// How many SMS segments a text costs: GSM-7 (with its extension table) when every character fits,
// otherwise UCS-2. A character is never split across two segments (an extension character's escape
// pair and an emoji's surrogate pair stay together), as carriers' encoders do.

export type SmsEncoding = 'GSM-7' | 'UCS-2';

export interface SegmentCount {
  encoding: SmsEncoding;
  /** 0 for an empty text. */
  segments: number;
  /** Units (septets for GSM-7, UTF-16 units for UCS-2) still free in the last segment. */
  remainingInSegment: number;
  /** The text's length in units: septets (extension characters count 2) or UTF-16 units (emoji count 2). */
  length: number;
}

/** Past this many segments the composer warns; past MAX_SEGMENTS it refuses to send. */
export const WARN_SEGMENTS = 3;
export const MAX_SEGMENTS = 10;

const LIMITS: Record<SmsEncoding, { single: number; multi: number }> = {
  'GSM-7': { single: 160, multi: 153 },
  'UCS-2': { single: 70, multi: 67 },
};

// GSM 03.38 basic character set (the escape character itself is not something a user types).
const GSM_BASIC = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
);
// The extension table: each costs an escape septet plus its own.
const GSM_EXTENSION = new Set('\f^{}\\[~]|€');

/** The units each character costs, character by character (code points, not UTF-16 units). */
function unitCosts(text: string): { encoding: SmsEncoding; costs: number[] } {
  const chars = Array.from(text);
  if (chars.every((c) => GSM_BASIC.has(c) || GSM_EXTENSION.has(c))) {
    return { encoding: 'GSM-7', costs: chars.map((c) => (GSM_EXTENSION.has(c) ? 2 : 1)) };
  }
  return { encoding: 'UCS-2', costs: chars.map((c) => c.length) };
}

export function countSegments(text: string): SegmentCount {
  const { encoding, costs } = unitCosts(text);
  const limits = LIMITS[encoding];
  const length = costs.reduce((sum, cost) => sum + cost, 0);
  if (length === 0) return { encoding, segments: 0, remainingInSegment: limits.single, length };
  if (length <= limits.single) {
    return { encoding, segments: 1, remainingInSegment: limits.single - length, length };
  }
  // Concatenated: fill segments greedily, moving a character that does not fit whole to the next one.
  let segments = 1;
  let used = 0;
  for (const cost of costs) {
    if (used + cost > limits.multi) {
      segments += 1;
      used = 0;
    }
    used += cost;
  }
  return { encoding, segments, remainingInSegment: limits.multi - used, length };
}
