/**
 * Writes a throw-away salvo project with N generated scenario files. Each is
 * a realistic 3-turn support scenario: the model looks the order up (tool A),
 * checks the refund policy (tool B), then answers; the assertions are the
 * usual mix (a required tool call with arguments, a sequence, an output check).
 * Files differ (order number, prompt, mock data) as a real suite's would.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type BenchAdapter = 'openai' | 'anthropic';

export interface BenchProject {
  dir: string;
  scenariosDir: string;
  storageDir: string;
  count: number;
}

const MODELS: Record<BenchAdapter, string> = { openai: 'gpt-4o-mini', anthropic: 'claude-haiku-4-5' };

export function scenarioYaml(index: number, adapter: BenchAdapter): string {
  const order = `B${String(index).padStart(6, '0')}`;
  return `description: Refund a damaged order ${order}
tags: {suite: bench, shard: "${index % 16}"}
adapter: ${adapter}
model: ${MODELS[adapter]}
temperature: 0
system_prompt: |
  You are the support agent of an online shop. Look an order up before acting
  on it and check the refund policy before promising a refund.
prompt: "My order arrived broken, please refund it. Order ${order}"
max_turns: 6
tools:
  - name: lookup_order
    description: Fetch an order by its id
    parameters:
      type: object
      properties: {order_id: {type: string}}
      required: [order_id]
    mock_response:
      order_id: ${order}
      status: delivered
      total_usd: ${(10 + (index % 90)).toFixed(2)}
      items: [{sku: MUG-${index % 97}, name: Ceramic mug set, quantity: ${1 + (index % 3)}}]
  - name: get_refund_policy
    description: Return the refund policy for a reason such as damaged, late or unwanted
    parameters:
      type: object
      properties: {reason: {type: string, enum: [damaged, late, unwanted]}}
      required: [reason]
    mock_response: Damaged items are refunded in full within 30 days of delivery, no return needed.
assertions:
  - {type: tool_called, tool: lookup_order, required: true}
  - {type: tool_sequence, sequence: [lookup_order, get_refund_policy], mode: in_order}
  - {type: output_contains, value: refunded, ignore_case: true}
  - {type: turn_limit, max_turns: 4}
`;
}

export function writeBenchProject(count: number, adapter: BenchAdapter = 'openai'): BenchProject {
  const dir = mkdtempSync(join(tmpdir(), 'salvo-bench-'));
  const scenariosDir = join(dir, 'scenarios');
  mkdirSync(scenariosDir, { recursive: true });
  writeFileSync(join(dir, 'salvo.yaml'), 'scenarios_dir: scenarios\nstorage_dir: .salvo\n');
  for (let index = 0; index < count; index += 1) {
    writeFileSync(join(scenariosDir, `refund-${String(index).padStart(5, '0')}.yaml`), scenarioYaml(index, adapter));
  }
  return { dir, scenariosDir, storageDir: join(dir, '.salvo'), count };
}
