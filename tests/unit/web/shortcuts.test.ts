// Unit tests: the shortcut table drives key dispatch, toolbar hints, the help and the README.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandForKey, keysFor, SHORTCUTS, type KeyPress } from '../../../web/src/ui/shortcuts.js';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe('shortcut table', () => {
  it('maps every binding of every row to its command', () => {
    for (const s of SHORTCUTS)
      for (const b of s.bindings ?? [])
        expect(commandForKey(press(b.key, { ctrlKey: b.mod ?? false }))).toBe(s.command);
  });
  it('binds each key once and gives each command one row', () => {
    const keys = SHORTCUTS.flatMap((s) => (s.bindings ?? []).map((b) => `${b.mod}:${b.key}`));
    expect(new Set(keys).size).toBe(keys.length);
    const commands = SHORTCUTS.flatMap((s) => (s.command ? [s.command] : []));
    expect(new Set(commands).size).toBe(commands.length);
  });
  it('takes Ctrl+Z and ⌘Z for undo, but not plain z', () => {
    expect(commandForKey(press('z', { ctrlKey: true }))).toBe('undo');
    expect(commandForKey(press('z', { metaKey: true }))).toBe('undo');
    expect(commandForKey(press('z'))).toBeNull();
    expect(commandForKey(press('u'))).toBe('undo');
  });
  it('leaves plain keys alone when a modifier is held (browser shortcuts keep working)', () => {
    expect(commandForKey(press('f', { ctrlKey: true }))).toBeNull();
    expect(commandForKey(press('l', { metaKey: true }))).toBeNull();
    expect(commandForKey(press('n', { altKey: true }))).toBeNull();
    expect(commandForKey(press('F'))).toBeNull();
    expect(commandForKey(press('x'))).toBeNull();
  });
  it('gives toolbar hints from the same rows', () => {
    expect(keysFor('undo')).toBe('u or Ctrl+Z');
    expect(keysFor('load')).toBe('n');
    expect(keysFor('help')).toBe('?');
  });
  it('is the table the README documents', () => {
    const readme = readFileSync(
      resolve(import.meta.dirname, '..', '..', '..', 'README.md'),
      'utf8',
    );
    for (const s of SHORTCUTS) expect(readme).toContain(`| ${s.keys} | ${s.description} |`);
  });
});
