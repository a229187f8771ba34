import { ConfigError } from '../errors.ts';
import { redactionPatternProblem } from '../redaction/redactor.ts';
import { projectConfigSchema, type ProjectConfig } from './project-config-schema.ts';
import { IncludeRef, parseYamlSource, positionOf } from './yaml-source.ts';
import { describeIssues } from './zod-issues.ts';

/** The configuration of a project without a salvo.yaml: every default. */
export function defaultProjectConfig(): ProjectConfig {
  return projectConfigSchema.parse({}, { jitless: true });
}

/**
 * Parses and validates the text of salvo.yaml. An empty file means every
 * default; any problem rejects with a ConfigError pointing into the file.
 */
export async function parseProjectConfig(text: string, file: string): Promise<ProjectConfig> {
  const parsed = parseYamlSource(text, file, { what: 'salvo.yaml', allowEmpty: true });
  if (!parsed.source) throw new ConfigError(parsed.problems);
  const source = parsed.source;
  const problems = [...parsed.problems];
  const includes = Object.entries(source.value as Record<string, unknown>).filter(
    ([, value]) => value instanceof IncludeRef,
  );
  for (const [key] of includes) {
    problems.push({
      file,
      ...positionOf(source, [key], 'value'),
      message: `!include is only allowed in scenario files, as an item of 'tools'`,
      path: key,
    });
  }
  // Parsed once a run: zod's generated fast path would cost more to build than it saves (see load-scenario.ts).
  const result = projectConfigSchema.safeParse(source.value, { jitless: true });
  if (!result.success) {
    const locate = (path: readonly (string | number)[], target: 'key' | 'value') => ({
      file,
      ...positionOf(source, path, target),
    });
    problems.push(...describeIssues(result.error.issues, source.value, projectConfigSchema, locate));
  } else {
    result.data.redaction_patterns.forEach((pattern, index) => {
      const problem = redactionPatternProblem(pattern, index);
      const path = ['redaction_patterns', index];
      if (problem)
        problems.push({ file, ...positionOf(source, path, 'value'), message: problem, path: path.join('.') });
    });
  }
  if (problems.length > 0 || !result.success) {
    throw new ConfigError(
      problems.sort((a, b) => a.line - b.line || a.column - b.column),
      { hint: 'fix salvo.yaml at the project root' },
    );
  }
  return result.data;
}
