import type { ModelTurn } from '../model-client.ts';
import { preview } from './check.ts';
import { SCORE_TOOL, type JudgeAssertion } from './judge-prompt.ts';
import { plural } from '../format.ts';

/** A vote passes when its weighted criteria score reaches this, unless the assertion or salvo.yaml says otherwise. */
export const DEFAULT_JUDGE_THRESHOLD = 0.7;
/** Votes per judge assertion when neither the assertion nor salvo.yaml sets `k`. */
export const DEFAULT_JUDGE_VOTES = 3;

export interface CriterionScore {
  score: number;
  reason: string;
}

export type Vote =
  | { usable: true; scores: Record<string, CriterionScore>; score: number; passed: boolean }
  | { usable: false; why: string };

/** What a judge assertion concluded: a verdict, or an error when too few votes were usable. */
export interface JudgeOutcome {
  passed: boolean;
  score: number;
  reason: string;
  /** Set when fewer usable votes than a majority of k came back: the assertion errored, it did not fail. */
  error?: string;
}

/** Reads one vote from the judge's reply: the forced tool call first, then JSON in the text. */
export function parseVote(turn: Pick<ModelTurn, 'text' | 'toolCalls'>, assertion: JudgeAssertion): Vote {
  const call = turn.toolCalls.find((candidate) => candidate.name === SCORE_TOOL);
  let payload: unknown;
  if (call) {
    if (call.arguments === null) return { usable: false, why: `the ${SCORE_TOOL} arguments are not JSON` };
    payload = call.arguments;
  } else {
    payload = jsonInText(turn.text ?? '');
    if (payload === undefined)
      return {
        usable: false,
        why: `no ${SCORE_TOOL} call and no JSON scores in the reply (${preview(turn.text ?? 'empty', 60)})`,
      };
  }
  return voteFromPayload(payload, assertion);
}

/**
 * The outermost `{...}` of a reply, parsed; undefined when there is none (code fences and prose around it are fine).
 */
function jsonInText(text: string): unknown {
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (start < 0 || end <= start) return undefined;
  try {
    return JSON.parse(text.slice(start, end + 1));
  } catch {
    return undefined;
  }
}

function voteFromPayload(payload: unknown, assertion: JudgeAssertion): Vote {
  const entries = (payload as { scores?: unknown } | null)?.scores;
  if (!Array.isArray(entries)) return { usable: false, why: 'the reply has no "scores" list' };
  const scores: Record<string, CriterionScore> = {};
  for (const entry of entries as unknown[]) {
    const { criterion, score, reason } = (entry ?? {}) as { criterion?: unknown; score?: unknown; reason?: unknown };
    if (typeof criterion !== 'string' || typeof score !== 'number' || !Number.isFinite(score)) continue;
    scores[criterion] = { score: Math.min(1, Math.max(0, score)), reason: typeof reason === 'string' ? reason : '' };
  }
  const missing = assertion.criteria
    .filter((criterion) => !(criterion.name in scores))
    .map((criterion) => criterion.name);
  if (missing.length > 0)
    return { usable: false, why: `no score for criterion ${missing.map((name) => `'${name}'`).join(', ')}` };
  const score = weightedMean(assertion, (name) => scores[name]!.score);
  return { usable: true, scores, score, passed: score >= thresholdOf(assertion) - 1e-9 };
}

export function thresholdOf(assertion: JudgeAssertion): number {
  return assertion.threshold ?? DEFAULT_JUDGE_THRESHOLD;
}

export function votesOf(assertion: JudgeAssertion): number {
  return assertion.k ?? DEFAULT_JUDGE_VOTES;
}

function weightedMean(assertion: JudgeAssertion, scoreOf: (criterion: string) => number): number {
  const total = assertion.criteria.reduce((sum, criterion) => sum + criterion.weight, 0);
  const weighted = assertion.criteria.reduce((sum, criterion) => sum + scoreOf(criterion.name) * criterion.weight, 0);
  return Math.round((weighted / total) * 1e9) / 1e9;
}

/** The middle value; the mean of the two middle values for an even count. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Combines k votes: the score is the weighted mean of the per-criterion
 * medians; the assertion passes when a strict majority of usable votes pass;
 * fewer usable votes than a majority of k is an error, never a verdict.
 */
export function aggregateVotes(votes: readonly Vote[], assertion: JudgeAssertion): JudgeOutcome {
  const k = votes.length;
  const usable = votes.filter((vote): vote is Extract<Vote, { usable: true }> => vote.usable);
  const unusable = votes.flatMap((vote, index) => (vote.usable ? [] : [`vote ${index + 1}: ${vote.why}`]));
  const majority = Math.floor(k / 2) + 1;
  if (usable.length < majority) {
    const error =
      `the judge gave ${plural(usable.length, 'usable vote')} of ${k}, ` +
      `fewer than the ${majority} a verdict needs (${unusable.join('; ')})`;
    return { passed: false, score: 0, reason: error, error };
  }
  const medians = new Map(
    assertion.criteria.map((criterion) => [
      criterion.name,
      median(usable.map((vote) => vote.scores[criterion.name]!.score)),
    ]),
  );
  const score = weightedMean(assertion, (name) => medians.get(name)!);
  const passing = usable.filter((vote) => vote.passed).length;
  const passed = passing * 2 > usable.length;
  const deciding = usable.filter((vote) => vote.passed === passed);
  const split =
    `${passing} of ${plural(usable.length, 'usable vote')} ` +
    `passed${unusable.length > 0 ? `, ${unusable.length} unusable (${unusable.join('; ')})` : ''}`;
  const criteria = assertion.criteria
    .map((criterion) => `${criterion.name} ${formatScore(medians.get(criterion.name)!)}`)
    .join(', ');
  const reasons = assertion.criteria
    .map(
      (criterion) => `${criterion.name}: ${preview(deciding[0]?.scores[criterion.name]?.reason || '(no reason)', 100)}`,
    )
    .join('; ');
  return {
    passed,
    score,
    reason:
      `${split}; medians ${criteria} (threshold ${thresholdOf(assertion)}); ` +
      `${passed ? 'passing' : 'failing'} votes said: ${reasons}`,
  };
}

function formatScore(score: number): string {
  return String(Math.round(score * 100) / 100);
}
