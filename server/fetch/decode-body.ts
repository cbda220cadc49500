// Decodes fetched bytes: charset from a BOM, the Content-Type header or <meta>/<?xml?>, legacy ones included.
import { decodeBuffer } from 'encoding-sniffer';
import { ResultType, Sniffer } from 'encoding-sniffer/sniffer';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function validUtf8(body: Uint8Array): boolean {
  try {
    strictUtf8.decode(body);
    return true;
  } catch {
    return false;
  }
}

/** The encoding of a body (WHATWG name); without any declaration, UTF-8 when valid, else windows-1252. */
export function sniffEncoding(body: Buffer, headerCharset: string | null): string {
  const sniffer = new Sniffer({
    maxBytes: 4096,
    ...(headerCharset ? { transportLayerEncodingLabel: headerCharset } : {}),
    defaultEncoding: 'utf-8',
  });
  sniffer.write(body.subarray(0, 4096));
  if (sniffer.resultType !== ResultType.DEFAULT) return sniffer.encoding.toLowerCase();
  return validUtf8(body) ? 'utf-8' : 'windows-1252';
}

/** Decodes a body to text with the encoding {@link sniffEncoding} finds. */
export function decodeBody(
  body: Buffer,
  headerCharset: string | null,
): { text: string; encoding: string } {
  const encoding = sniffEncoding(body, headerCharset);
  return { text: decodeBuffer(body, { userEncoding: encoding }), encoding };
}
