// Describes the machine a run was measured on: cores, memory, CPU model, Node version.
import { cpus, loadavg, totalmem } from 'node:os';
import { availableParallelism } from 'node:os';

/** What the README states about the machine. */
export interface MachineInfo {
  nproc: number;
  memoryGiB: number;
  cpuModel: string;
  node: string;
  platform: string;
  /** One-minute load average when the run started (other work on the shared cores). */
  loadAverage?: number;
}

export function machineInfo(): MachineInfo {
  return {
    nproc: availableParallelism(),
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    loadAverage: Math.round((loadavg()[0] ?? 0) * 10) / 10,
  };
}
