/**
 * zod's options for what a run parses once per file: scenario files and
 * salvo.yaml. By default zod compiles a parser of its own for each object
 * schema on that schema's first parse (`new Function`): about 5 ms of a
 * one-scenario run's start, which no code cache can keep (code made by
 * `new Function` is not part of the bundle's cache). Without it each later
 * file takes 3-7 us longer, 50 ms over 10,000 files (bench/README.md,
 * finding 10). Model replies, parsed on every turn, keep the compiled parsers.
 */
export const PARSE_ONCE = { jitless: true } as const;
