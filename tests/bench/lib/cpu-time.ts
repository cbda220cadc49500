// CPU seconds (user + system) a process has used, from /proc/<pid>/stat.
import { readFileSync } from 'node:fs';

const TICKS = 100; // USER_HZ on Linux

/** Total CPU seconds of `pid` so far, or null when it cannot be read. */
export function cpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // After the comm field: utime is field 14 and stime 15 of the full line (index 11, 12 here).
    return (Number(fields[11]) + Number(fields[12])) / TICKS;
  } catch {
    return null;
  }
}
