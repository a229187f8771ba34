import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/main.ts';
import { ExitCode } from '../../src/cli/exit-codes.ts';
import { MIN_SECRET_LENGTH } from '../../src/core/redaction/index.ts';
import { ASSERTION_TYPES } from '../../src/core/scenario/assertion-schema.ts';
import { SECRET_VARIABLE } from '../../src/engine/secrets.ts';
import { repoRoot } from '../helpers/run-cli.ts';

const readme = readFileSync(resolve(repoRoot, 'README.md'), 'utf8');
const assertionsDoc = readFileSync(resolve(repoRoot, 'docs', 'assertions.md'), 'utf8');
const verdictsDoc = readFileSync(resolve(repoRoot, 'docs', 'verdicts.md'), 'utf8');

describe('the README reference', () => {
  it('documents every assertion type with an example, in the README table and in docs/assertions.md', () => {
    for (const type of ASSERTION_TYPES) {
      const row = readme.split('\n').find((line) => line.startsWith(`| \`${type}\` |`));
      expect(row, type).toBeDefined();
      expect(row, type).toContain(`{type: ${type}`);
      expect(assertionsDoc, type).toMatch(new RegExp(`type: ${type}\\b`));
    }
    expect(readme).toContain('(docs/assertions.md)');
    expect(readme).toContain('(docs/verdicts.md)');
  });

  it('documents every verdict and every flag of salvo run', () => {
    for (const verdict of ['PASS', 'FAIL', 'HARD FAIL', 'PARTIAL', 'INFRA ERROR', 'SKIPPED'])
      expect(readme).toContain(`| \`${verdict}\` |`);
    const io = {
      stdout: new PassThrough(),
      stderr: new PassThrough(),
      env: {},
      cwd: repoRoot,
      interrupt: new AbortController().signal,
    };
    const run = buildProgram(io, () => undefined).commands.find((command) => command.name() === 'run')!;
    const flags = run.options.map((option) => option.long!);
    expect(flags).toEqual(expect.arrayContaining(['--trials', '--early-stop', '--junit', '--json', '--concurrency']));
    const flagRows = readme.split('\n').filter((line) => line.startsWith('| `-'));
    for (const flag of flags)
      expect(
        flagRows.some((row) => new RegExp(`\`(-\\w, )?${flag}[ \`]`).test(row)),
        flag,
      ).toBe(true);
  });

  it('says what is redacted and from what length, as the redactor does', () => {
    const section = readme.slice(readme.indexOf('## Secrets and redaction'), readme.indexOf('## Exit codes'));
    expect(section).toContain(`shorter than **${MIN_SECRET_LENGTH} characters** are not redacted`);
    for (const suffix of ['API_KEY', 'TOKEN', 'SECRET', 'PASSWORD']) {
      expect(section).toContain(`\`*_${suffix}\``);
      expect(SECRET_VARIABLE.test(`MY_${suffix}`), suffix).toBe(true);
    }
    for (const word of ['URL-encoded', 'JSON-escaped', 'base64', 'redaction_patterns', 'never object keys'])
      expect(section).toContain(word);
  });

  it('has an exit code table matching the codes the CLI uses, in the README and docs/verdicts.md', () => {
    for (const code of Object.values(ExitCode)) {
      expect(readme).toMatch(new RegExp(`^\\| ${code} \\| `, 'm'));
      expect(verdictsDoc).toMatch(new RegExp(`^\\| ${code} \\| `, 'm'));
    }
  });
});
