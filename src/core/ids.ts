import { randomFillSync } from 'node:crypto';
import type { Clock } from './ports.ts';

let lastMillis = -1;
let sequence = 0;

/**
 * Random bytes drawn 4 KB at a time, as Node's own randomUUID does: one call into the system's generator per 409 ids
 * instead of one per id (a run makes ids for every trial and several per turn).
 */
const pool = Buffer.alloc(4096);
let poolOffset = pool.length;

function randomTen(): Buffer {
  if (poolOffset + 10 > pool.length) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  poolOffset += 10;
  return pool.subarray(poolOffset - 10, poolOffset);
}

/**
 * A UUIDv7 (RFC 9562): 48 bits of Unix milliseconds, then randomness, so ids
 * sort by creation time. Within one millisecond the 12-bit `rand_a` field
 * counts up from a random start, keeping ids made by one process in order.
 */
export function uuidv7(clock: Pick<Clock, 'now'> = Date): string {
  const millis = Math.max(0, Math.floor(clock.now()));
  const random = randomTen();
  if (millis === lastMillis && sequence < 0xfff) {
    sequence += 1;
  } else {
    sequence = ((random[0]! << 8) | random[1]!) & 0x7ff;
  }
  lastMillis = millis;
  const bytes = new Uint8Array(16);
  let time = millis;
  for (let index = 5; index >= 0; index -= 1) {
    bytes[index] = time % 256;
    time = Math.floor(time / 256);
  }
  bytes[6] = 0x70 | (sequence >> 8);
  bytes[7] = sequence & 0xff;
  bytes[8] = 0x80 | (random[2]! & 0x3f);
  bytes.set(random.subarray(3, 10), 9);
  const hex = Buffer.from(bytes).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
