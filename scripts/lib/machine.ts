import { readFileSync } from 'node:fs';
import os from 'node:os';

export type MachineInfo = {
  cpuModel: string;
  cores: number;
  node: string;
  platform: string;
  arch: string;
  totalMemoryBytes: number;
  /** 1, 5 and 15 minute load averages when measured: timings are only comparable on an idle machine. */
  loadAverage: number[];
};

export function describeMachine(): MachineInfo {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cores: os.availableParallelism(),
    node: process.version,
    platform: os.platform(),
    arch: os.arch(),
    totalMemoryBytes: os.totalmem(),
    loadAverage: os.loadavg(),
  };
}

export function machineLine(m: MachineInfo): string {
  const memGb = (m.totalMemoryBytes / 1024 ** 3).toFixed(0);
  return `Machine: ${m.cpuModel}, ${m.cores} cores, ${memGb} GB RAM, Node ${m.node} (${m.platform}/${m.arch})`;
}

/** Warns when other work competes for the CPU, which makes latency figures unreliable. */
export function loadLine(m: MachineInfo): string {
  const [one = 0] = m.loadAverage;
  const busy = one > m.cores * 0.5 ? ' (busy machine: timings are not reliable, re-run when idle)' : '';
  return `Load average: ${m.loadAverage.map((l) => l.toFixed(2)).join(' ')}${busy}`;
}

/** USER_HZ: 100 on every Linux this runs on (`getconf CLK_TCK`). */
const CLOCK_TICKS_PER_SECOND = 100;

/**
 * CPU seconds the whole machine has spent busy (all cores: user, nice, system, irq, softirq,
 * steal; not idle or iowait), from /proc/stat. The difference over a run, minus what the measured
 * processes used, is what other work took from the same cores.
 */
export function readMachineBusySeconds(): number {
  const line = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0] ?? '';
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = line.trim().split(/\s+/).slice(1).map(Number);
  return (user + nice + system + irq + softirq + steal) / CLOCK_TICKS_PER_SECOND;
}
