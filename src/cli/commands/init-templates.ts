/** The files `salvo init` writes: a working project a user can run and then edit. */

const SCHEMA_BASE = 'https://unpkg.com/salvo-ai@0/schema';

export const PROJECT_CONFIG_TEMPLATE = `# yaml-language-server: $schema=${SCHEMA_BASE}/salvo-config.schema.json
# salvo project settings. Every key is optional; scenario files override them.
default_adapter: openai
default_model: gpt-5.4-mini
# salvo/ is also where the GitHub Action looks by default (salvo/**/*.yaml).
scenarios_dir: salvo
# Runs, traces and recordings go here (keep it out of git).
storage_dir: .salvo
# The model that scores judge assertions (their votes are recorded and replayed like the agent's replies).
judge:
  model: gpt-5.4-mini
  k: 3
# prices:                      # USD per million tokens, for models salvo does not know
#   my-local-model: {input: 0.2, output: 0.6}
`;

export const EXAMPLE_SCENARIO_TEMPLATE = `# yaml-language-server: $schema=${SCHEMA_BASE}/scenario.schema.json
description: Coding agent fixes an off-by-one bug and proves it with the tests
tags: {suite: example}
model: gpt-5.4-mini
system_prompt: |
  You are a careful coding agent. Read the code before changing it, make the
  smallest fix, then run the tests and report the result in one sentence.
prompt: The test for utils/paginate.py fails. Please fix the bug.
max_turns: 8
tools:
  - name: read_file
    description: Read a file from the repository
    parameters:
      type: object
      properties: {path: {type: string, description: Path relative to the repository root}}
      required: [path]
    mock_response: |
      def paginate(items, page, size):
          start = page * size
          return items[start:start + size - 1]
  - name: write_file
    description: Replace the whole content of a file
    parameters:
      type: object
      properties: {path: {type: string}, content: {type: string}}
      required: [path, content]
    mock_response: {ok: true}
  # Shared tools live in their own files; the path is relative to this file.
  - !include ../tools/run_tests.yaml
assertions:
  - {type: tool_called, tool: read_file, arguments: {path: utils/paginate.py}, required: true}
  - {type: tool_sequence, sequence: [read_file, write_file, run_tests], mode: in_order, weight: 2}
  - {type: tool_called, tool: write_file}
  - {type: output_contains, value: pass, ignore_case: true}
  - {type: turn_limit, max_turns: 6}
  # A quality no string match can check: scored by the judge model in salvo.yaml, k votes, majority wins.
  - type: judge
    name: reports the fix honestly
    criteria:
      - {name: grounded, description: Says the tests pass only after a run_tests call that reported them passing}
      - {name: concise, description: Reports the result in one or two sentences, weight: 0.5}
    threshold: 0.7
`;

export const SHARED_TOOL_TEMPLATE =
  '# A tool shared by several scenarios: ' +
  `include it with  - !include ../tools/run_tests.yaml
name: run_tests
description: Run the test suite and return its summary
parameters:
  type: object
  properties: {path: {type: string, description: A test file or directory}}
  required: []
mock_response: "4 passed, 0 failed in 0.12s"
`;
