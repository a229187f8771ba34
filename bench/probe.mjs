// Loaded into the measured salvo process with NODE_OPTIONS="--import <this file>".
// On exit it writes that process's own resource usage (CPU in microseconds,
// peak RSS in kilobytes) to the file named by SALVO_BENCH_PROBE_FILE, so the
// bench measures salvo alone: the fake model server runs in another process.
// Portable: nothing but Node (no /usr/bin/time, no ps).
import { writeFileSync } from 'node:fs';

const target = process.env.SALVO_BENCH_PROBE_FILE;
// salvo must not see the probe's variables, nor hand NODE_OPTIONS to processes it starts.
delete process.env.SALVO_BENCH_PROBE_FILE;
delete process.env.NODE_OPTIONS;
if (target) {
  process.on('exit', (code) => {
    const usage = process.resourceUsage();
    writeFileSync(
      target,
      JSON.stringify({
        user_cpu_us: usage.userCPUTime,
        system_cpu_us: usage.systemCPUTime,
        max_rss_kb: usage.maxRSS,
        exit_code: code,
        // Epoch milliseconds at which this process started, by its own clock.
        time_origin_ms: performance.timeOrigin,
      }),
    );
  });
}
