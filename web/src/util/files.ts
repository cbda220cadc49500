// Reads dropped article files: which format a file name implies, and its text.

/** `html`, `markdown` or `text` from a file name; null when not an accepted article file. */
export function formatFromName(name: string): 'html' | 'markdown' | 'text' | null {
  const ext = name.toLowerCase().split('.').pop() ?? '';
  if (ext === 'html' || ext === 'htm') return 'html';
  if (ext === 'md' || ext === 'markdown') return 'markdown';
  if (ext === 'txt' || ext === 'text') return 'text';
  return null;
}
