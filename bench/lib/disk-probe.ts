/**
 * What creating a file costs on the disk a bench project lives on. salvo
 * creates one file per trace, and on shared VMs that cost swings from 0.02 to
 * 0.9 ms of system CPU per file within an hour (bench/README.md, finding 1):
 * printed next to case 1 so that its system CPU can be read against it.
 */
import { closeSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** System CPU, in milliseconds, to create one empty file in a fresh directory under `parent`. */
export function fileCreationCostMs(parent: string, files = 200): number {
  const probe = mkdtempSync(join(parent, 'disk-probe-'));
  try {
    const before = process.cpuUsage();
    for (let index = 0; index < files; index += 1) closeSync(openSync(join(probe, `file-${index}`), 'w'));
    return process.cpuUsage(before).system / 1000 / files;
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
}
