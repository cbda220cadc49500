// Turns Markdown (with optional YAML front matter) into plain text lines and metadata.
import type { ParsedDocument } from './parsed-document.js';

/** Strips Markdown syntax; the first `#` heading becomes the title. */
export function parseMarkdown(markdown: string): ParsedDocument {
  let text = markdown.replace(/\r\n?/g, '\n');
  const front: Record<string, string> = {};
  const fm = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (fm) {
    for (const row of fm[1]!.split('\n')) {
      const kv = /^([A-Za-z_]+)\s*:\s*(.*)$/.exec(row);
      if (kv) front[kv[1]!.toLowerCase()] = kv[2]!.replace(/^["']|["']$/g, '').trim();
    }
    text = text.slice(fm[0].length);
  }
  text = text.replace(/```[\s\S]*?```/g, '').replace(/<!--[\s\S]*?-->/g, '');
  let title: string | null = front.title ?? null;
  const lines: string[] = [];
  for (const raw of text.split('\n')) {
    const heading = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(raw);
    let line = heading ? heading[2]! : raw;
    if (heading && heading[1] === '#' && title === null) {
      title = inline(line);
      continue;
    }
    if (/^\s*(?:[-*_]\s*){3,}$/.test(line)) continue;
    line = line.replace(/^\s{0,3}>\s?/, '').replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '');
    lines.push(inline(line));
  }
  return {
    lines,
    title,
    publishedAt: front.date ?? front.published ?? front.publishedat ?? null,
    author: front.author ?? null,
    languageHint: front.lang ?? front.language ?? null,
  };
}

function inline(line: string): string {
  return line
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\p{L}\p{N}])[*_](.+?)[*_](?=$|[^\p{L}\p{N}])/gu, '$1$2')
    .replace(/`([^`]*)`/g, '$1')
    .trim();
}
