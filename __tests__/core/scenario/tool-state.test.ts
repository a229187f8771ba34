import { describe, expect, it } from 'vitest';
import { load, problemsOf, yaml } from '../../helpers/scenario-loading.ts';

const refundTool = (handler: string) => [
  'tools:',
  '  - name: issue_refund',
  '    description: Refund an order',
  `    handler: ${handler}`,
];

describe('tools with state in a scenario file', () => {
  it('loads state and a handler inside the project', async () => {
    const loaded = await load(
      yaml(
        'model: gpt-5.4-mini',
        'prompt: refund A1',
        'state:',
        '  initial: {refunds: []}',
        ...refundTool('./fakes/shop.mjs#issueRefund'),
        'assertions:',
        '  - {type: state, expression: length(refunds), operator: eq, value: 1}',
      ),
      { files: { 'fakes/shop.mjs': 'export function issueRefund() {}' } },
    );
    expect(loaded.scenario.state).toEqual({ initial: { refunds: [] }, handler_timeout_seconds: 5 });
    expect(loaded.scenario.tools[0]?.handler).toBe('./fakes/shop.mjs#issueRefund');
  });

  it('refuses a handler outside the project, a missing module and a malformed reference, at the handler', async () => {
    const outside = await problemsOf(
      yaml('model: gpt-5.4-mini', 'prompt: hi', ...refundTool('../outside.mjs#issueRefund')),
      { files: { '../outside.mjs': '' } },
    );
    expect(outside).toEqual([
      'scenario.yaml:6:14: handler module ../outside.mjs is outside the project (/project); ' +
        'handlers must be project code',
    ]);
    const missing = await problemsOf(
      yaml('model: gpt-5.4-mini', 'prompt: hi', ...refundTool('./nowhere.mjs#issueRefund')),
    );
    expect(missing).toEqual([
      'scenario.yaml:6:14: handler module ./nowhere.mjs does not exist (looked for nowhere.mjs)',
    ]);
    const malformed = await problemsOf(yaml('model: gpt-5.4-mini', 'prompt: hi', ...refundTool('./shop.mjs')));
    expect(malformed).toEqual([
      "scenario.yaml:6:14: 'handler' './shop.mjs' is not valid: write the handler as './path/to/module.mjs#exportName'",
    ]);
  });

  it('refuses a handler beside a mock, an uncompilable state expression, state assertions without state', async () => {
    const problems = await problemsOf(
      yaml(
        'model: gpt-5.4-mini',
        'prompt: hi',
        ...refundTool('./shop.mjs#refund'),
        '    mock_response: ok',
        'assertions:',
        '  - {type: state, expression: "refunds[", operator: exists}',
      ),
      { files: { 'shop.mjs': '' } },
    );
    expect(problems).toHaveLength(2);
    expect(problems[0]).toBe(
      "scenario.yaml:7:5: tool has a 'handler', so it cannot also have 'mock_response': " +
        'a tool is answered by a mock or by its handler',
    );
    expect(problems[1]).toMatch(/^scenario\.yaml:9:31: invalid JMESPath expression: /);
    const stateless = await problemsOf(
      yaml(
        'model: gpt-5.4-mini',
        'prompt: hi',
        'assertions:',
        '  - {type: state, expression: refunds, operator: exists}',
      ),
    );
    expect(stateless).toEqual([
      "scenario.yaml:4:12: a 'state' assertion needs state: add 'state: {initial: ...}' or a tool with a 'handler'",
    ]);
  });
});
