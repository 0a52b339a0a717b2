import { eld } from 'eld/small';

/** Languages Paraat has lexicons and models for; other languages are stored but not coded. */
export const SUPPORTED_LANGUAGES = ['nl', 'en'] as const;

// eld is most reliable on a few hundred characters; the opening of an article is enough.
const SAMPLE_LENGTH = 1000;

/** Identifies the language of a text (ISO 639-1), or "und" when there is too little to tell. */
export function identifyLanguage(text: string): string {
  const sample = text.slice(0, SAMPLE_LENGTH);
  if (!/\p{L}{2}/u.test(sample)) return 'und';
  return eld.detect(sample).language || 'und';
}
