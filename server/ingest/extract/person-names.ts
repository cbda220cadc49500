// Given names and East Asian family names from `seed/names/`, the evidence that a capitalised span is a person.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

let given: ReadonlySet<string> | null = null;
let family: ReadonlySet<string> | null = null;

function load(file: string): ReadonlySet<string> {
  const path = fileURLToPath(new URL(`../../../seed/names/${file}`, import.meta.url));
  const words = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => !l.startsWith('#'))
    .flatMap((l) => l.split(/\s+/))
    .filter((w) => w !== '');
  return new Set(words.flatMap((w) => [w, ...w.split('-')]));
}

/** Folded given names ("gilles", "yasushi", "jean"). */
export function givenNames(): ReadonlySet<string> {
  given ??= load('given-names.txt');
  return given;
}

/** Folded East Asian family names ("wang", "choi", "kimura"), which may come first or last. */
export function familyNames(): ReadonlySet<string> {
  family ??= load('family-names.txt');
  return family;
}
