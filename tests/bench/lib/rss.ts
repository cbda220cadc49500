// Peak resident memory of a process (this one or a child), sampled from /proc.
import { readFileSync, writeFileSync } from 'node:fs';

function statusField(pid: number | 'self', field: 'VmRSS' | 'VmHWM'): number | null {
  try {
    const text = readFileSync(`/proc/${pid}/status`, 'utf8');
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text);
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/** Samples a process's RSS every `intervalMs` until stopped; returns the peak in MiB. */
export function trackPeakRss(pid: number | 'self' = 'self', intervalMs = 50): () => number {
  // Reset the kernel's high-water mark when we may (Linux: clear_refs 5), then sample as well.
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
  } catch {
    /* not allowed or not Linux: sampling alone */
  }
  let peak = statusField(pid, 'VmRSS') ?? process.memoryUsage().rss;
  const timer = setInterval(() => {
    const v = statusField(pid, 'VmRSS');
    if (v !== null && v > peak) peak = v;
  }, intervalMs);
  timer.unref();
  return () => {
    clearInterval(timer);
    const hwm = statusField(pid, 'VmHWM');
    const now = statusField(pid, 'VmRSS') ?? 0;
    return Math.max(peak, hwm ?? 0, now) / 1024 ** 2;
  };
}
