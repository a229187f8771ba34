/**
 * What the rest of salvo needs to know about YAML files without loading the
 * `yaml` package: most runs never do (plain-yaml.ts reads their files), so the
 * package and yaml-source.ts are imported only when a file takes the full path.
 */

/** Files above this are refused before parsing: scenarios are hand-written, not data dumps. */
export const MAX_SOURCE_BYTES = 1024 * 1024;

export type DocPath = readonly (string | number)[];

/** The value of a `!include path.yaml` node, replaced by the included content when the loader resolves it. */
export class IncludeRef {
  readonly path: string;
  constructor(path: string) {
    this.path = path;
  }
}
