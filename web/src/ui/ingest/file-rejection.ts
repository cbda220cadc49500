// Why a dropped file cannot be loaded as an article (type or size), in words shown next to it.
import { formatFromName } from '../../util/files.js';

/** Largest article file the dialog reads (the server's default article limit). */
export const MAX_FILE_BYTES = 2_000_000;

/** The reason `name` (of `size` bytes) is refused, or null when it can be loaded. */
export function fileRejection(name: string, size: number): string | null {
  if (!formatFromName(name)) {
    const ext = /\.([^./]+)$/.exec(name)?.[1];
    return `${ext ? `.${ext.toLowerCase()} files are` : 'a file without an extension is'} not supported; use .txt, .md or .html`;
  }
  if (size > MAX_FILE_BYTES) {
    const mb = (size / 1_000_000).toFixed(1);
    return `${mb} MB is over the 2 MB limit per file`;
  }
  return null;
}
