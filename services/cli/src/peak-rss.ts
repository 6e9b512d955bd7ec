import { readFileSync } from 'node:fs';

/**
 * The peak resident memory of this process, in KiB. Linux keeps getrusage's maxrss across exec, so a
 * process started by a large one (a benchmark holding every page in memory) would report its
 * parent's size from the moment of the fork; the kernel's VmHWM is this address space's own peak.
 * Elsewhere, getrusage's figure.
 */
export function peakRssKiB(): number {
  try {
    const hwm = /^VmHWM:\s+(\d+)\s+kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (hwm) return Number(hwm[1]);
  } catch {
    // No procfs: not Linux, or a sandbox without it.
  }
  return process.resourceUsage().maxRSS;
}
