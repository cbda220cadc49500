// Finds terms in article text and cuts it into highlighted layers from character ranges (pure).

/** A range to highlight; `kind` becomes a CSS class, `title` a tooltip. */
export interface Range {
  start: number;
  end: number;
  kind: string;
  title?: string;
}

function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Ranges of whole-word, case- and accent-insensitive occurrences of any term (longest first). */
export function findTerms(
  text: string,
  terms: readonly { term: string; title: string }[],
  kind = 'mention',
): Range[] {
  // NFD folding can change lengths; only fold when it is length-preserving per character.
  const folded = fold(text);
  const hay = folded.length === text.length ? folded : text.toLowerCase();
  const sorted = [...terms]
    .filter((t) => t.term.trim().length >= 2)
    .sort((a, b) => b.term.length - a.term.length);
  const taken = new Uint8Array(text.length);
  const out: Range[] = [];
  const isWord = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
  for (const { term, title } of sorted) {
    const needle = hay === folded ? fold(term) : term.toLowerCase();
    let from = 0;
    for (;;) {
      const at = hay.indexOf(needle, from);
      if (at < 0) break;
      from = at + 1;
      const end = at + needle.length;
      if (isWord(hay[at - 1]) || isWord(hay[end])) continue;
      if (taken.subarray(at, end).some((x) => x === 1)) continue;
      taken.fill(1, at, end);
      out.push({ start: at, end, kind, title });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A run of text with every range kind (and the first title) that covers it. */
export interface Layer {
  text: string;
  start: number;
  kinds: string[];
  title?: string;
}

/** Cuts `text` at every range boundary; overlapping ranges stack their kinds. */
export function layerText(text: string, ranges: readonly Range[]): Layer[] {
  const valid = ranges.filter((r) => r.end > r.start && r.start >= 0 && r.start < text.length);
  const cuts = new Set<number>([0, text.length]);
  for (const r of valid) {
    cuts.add(r.start);
    cuts.add(Math.min(r.end, text.length));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Layer[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? text.length;
    const covering = valid.filter((r) => r.start <= start && r.end >= end);
    const layer: Layer = {
      text: text.slice(start, end),
      start,
      kinds: [...new Set(covering.map((r) => r.kind))],
    };
    const title = covering.find((r) => r.title)?.title;
    if (title) layer.title = title;
    const prev = out[out.length - 1];
    if (prev && prev.kinds.join() === layer.kinds.join() && prev.title === layer.title)
      prev.text += layer.text;
    else out.push(layer);
  }
  return out;
}
