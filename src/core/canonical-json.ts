/**
 * JSON with object keys sorted (by UTF-16 code units) at every level, so that
 * two values that differ only in key order give the same text: the
 * scenario_hash (scenario/hash.ts) and the identity of a tool call
 * (runner/tool-answers.ts). Keys whose value is undefined are left out, as
 * JSON.stringify does.
 */
export function canonicalJson(value: unknown): string {
  // Called for every scenario file a run loads and every tool call a model makes: plain loops,
  // no intermediate arrays of entries.
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) {
    let out = '[';
    for (let index = 0; index < value.length; index += 1) out += (index === 0 ? '' : ',') + canonicalJson(value[index] ?? null);
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  // The default sort orders by UTF-16 code units, as `a < b` does.
  const keys = Object.keys(record).sort();
  let out = '{';
  for (const key of keys) {
    const item = record[key];
    if (item === undefined) continue;
    out += `${out.length === 1 ? '' : ','}${JSON.stringify(key)}:${canonicalJson(item)}`;
  }
  return `${out}}`;
}
