// Turns caller input (string or bytes) into checked text: size, encoding and binary checks.
import { KgError } from '../../errors.js';

/** Default largest accepted article, in bytes. */
export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

// The characters counted below: controls other than tab, line feed, form feed and return; U+FFFD.
// eslint-disable-next-line no-control-regex -- looking for control characters is the point
const CONTROL = /[\x00-\x08\x0b\x0e-\x1f\ufffd]/;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes and validates raw article input; throws KgError on anything that is not text. */
export function decodeArticleInput(text: string | Uint8Array, maxBytes: number): string {
  let decoded: string;
  if (typeof text === 'string') {
    // A UTF-16 code unit takes at most 3 UTF-8 bytes: short texts need no byte count.
    if (text.length * 3 > maxBytes) {
      const bytes = Buffer.byteLength(text, 'utf8');
      if (bytes > maxBytes) throw tooLarge(bytes, maxBytes);
    }
    decoded = text;
  } else {
    if (text.byteLength > maxBytes) throw tooLarge(text.byteLength, maxBytes);
    if (text.includes(0)) {
      throw new KgError(
        'INVALID_ARTICLE',
        'The article contains NUL bytes: it looks like a binary file, not text.',
      );
    }
    try {
      decoded = utf8.decode(text);
    } catch {
      throw new KgError('INVALID_ARTICLE', 'The article is not valid UTF-8 text.');
    }
  }
  if (decoded.includes('\u0000')) {
    throw new KgError(
      'INVALID_ARTICLE',
      'The article contains NUL characters: it looks like binary data, not text.',
    );
  }
  if (!/\S/.test(decoded)) {
    throw new KgError('INVALID_ARTICLE', 'The article is empty or contains only whitespace.');
  }
  // Binary data decoded as text shows many control characters.
  let control = 0;
  const sample = decoded.length > 20_000 ? decoded.slice(0, 20_000) : decoded;
  for (let i = CONTROL.test(sample) ? 0 : sample.length; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) control++;
  }
  if (control > 8 && control / sample.length > 0.01) {
    throw new KgError(
      'INVALID_ARTICLE',
      'The article contains control characters: it looks like binary data, not text.',
    );
  }
  return decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
}

function tooLarge(bytes: number, maxBytes: number): KgError {
  return new KgError(
    'ARTICLE_TOO_LARGE',
    `The article is ${bytes} bytes, over the limit of ${maxBytes} bytes.`,
    { bytes, maxBytes },
  );
}
