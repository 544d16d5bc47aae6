/** Unicode spaces that web pages use instead of a plain space. */
const ODD_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
const INVISIBLE = /[\u200b\u2060\ufeff]/g;

/** CRLF/CR → LF, BOM and zero-width characters removed, odd spaces → plain spaces. */
export function normalizeText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(INVISIBLE, '').replace(ODD_SPACES, ' ');
}

/** For comparing headings and titles: case-, space- and punctuation-insensitive. */
export function comparable(text: string): string {
  return normalizeText(text)
    .toLocaleLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
