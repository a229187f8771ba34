import { z } from 'zod';
import { JSON_TYPES } from '../evaluation/matcher-keys.ts';

/**
 * The shape of `arguments` (assertions) and `when` (conditional mocks): a
 * mapping of argument names to literals or matchers. Any value is accepted
 * here, since any literal is; the matcher branch is for the JSON Schema
 * (editors complete and describe the matcher keys). Whether a mapping that
 * looks like a matcher is a valid one is checked with the file's positions in
 * matcher-checks.ts.
 */
const matcherSchema = z
  .strictObject({
    equals: z.unknown().optional().describe('exactly this value (JSON equality, nothing inside read as a matcher)'),
    one_of: z.array(z.unknown()).min(1).optional().describe('any of these alternatives, each a literal or a matcher'),
    matches: z
      .string()
      .optional()
      .describe(
        'a string this regular expression finds (anchor it yourself; a leading (?i) sets the flag); ' +
          'linear-time: no backreferences or lookaround',
      ),
    approx: z.number().optional().describe('a number within `tolerance` of this one'),
    tolerance: z
      .number()
      .nonnegative()
      .optional()
      .describe('with approx: the largest difference allowed (default 1e-9)'),
    gt: z.number().optional().describe('a number greater than this'),
    gte: z.number().optional().describe('a number at least this'),
    lt: z.number().optional().describe('a number less than this'),
    lte: z.number().optional().describe('a number at most this'),
    type: z.enum(JSON_TYPES).optional().describe('any value of this JSON type'),
    contains: z.unknown().optional().describe('a string containing this text, or a list with an element matching this'),
    optional: z.boolean().optional().describe('true: the argument may also be absent'),
    absent: z.boolean().optional().describe('true: the argument must not be present'),
  })
  .meta({ id: 'argument_matcher', description: 'an argument matcher: only matcher keys, all of which must hold' });

export const argumentValueSchema = z.union([matcherSchema, z.unknown()]);

/** Argument names to literals or matchers. */
export const argumentsSchema = z.record(z.string(), argumentValueSchema);
