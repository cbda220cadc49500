// The status line: progress, information and errors in words, with a busy indicator.
import { ApiError } from '../api/errors.js';

/** Where the app reports what it is doing. */
export interface Notifier {
  info(text: string): void;
  error(err: unknown): void;
  busy<T>(text: string, work: Promise<T>): Promise<T>;
  warn(text: string): void;
}

/** Words for any thrown value. */
export function errorWords(err: unknown): string {
  if (err instanceof ApiError) return err.message;
  if (err instanceof DOMException && err.name === 'AbortError') return '';
  if (err instanceof Error) return `Something went wrong: ${err.message}`;
  return 'Something went wrong.';
}

/** Binds a notifier to a status element. */
export function createNotifier(el: HTMLElement): Notifier {
  let pending = 0;
  const show = (text: string, kind: string) => {
    el.textContent = text;
    el.dataset.kind = kind;
  };
  return {
    info: (t) => show(t, 'info'),
    warn: (t) => show(t, 'warn'),
    error: (err) => {
      const words = errorWords(err);
      if (words) show(words, 'error');
    },
    async busy(text, work) {
      pending++;
      document.body.classList.add('busy');
      show(text, 'busy');
      try {
        const out = await work;
        if (el.dataset.kind === 'busy' && el.textContent === text) show('', 'info');
        return out;
      } finally {
        if (--pending === 0) document.body.classList.remove('busy');
      }
    },
  };
}
