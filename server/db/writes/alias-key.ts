// The alias folding shared by the writer and the resolver (graph-model.md, `AliasKey.key`).

/** Folds a surface form: NFD, marks removed, lower case, non-alphanumerics collapsed, trimmed. */
export function aliasKey(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The distinct, non-empty keys of a name and its aliases, sorted (stable lock order). */
export function aliasKeys(name: string, aliases: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const s of [name, ...aliases]) {
    const k = aliasKey(s);
    if (k) keys.add(k);
  }
  return [...keys].sort();
}
