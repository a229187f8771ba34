import { describe, expect, it } from 'vitest';
import { agreementOf } from '../../src/core/evaluation/judge-calibration.ts';
import { startFakeLlmServer, type FakeLlmRequest, type FakeReply } from '../fakes/llm-server.ts';
import { runCli } from '../helpers/run-cli.ts';
import { vote } from './judge-scripts.ts';

const SHIPPED = 'examples/_judge-check/support-replies.yaml';

/** A judge that agrees with the labels except on "no amount", which it passes. */
function judgeOfShippedFile(request: FakeLlmRequest): FakeReply {
  const passes = ['89.99 USD', 'Refunded 89.99', "We'll sort out a refund"].some((marker) =>
    request.firstUserMessage.includes(marker),
  );
  const scores = passes ? { empathy: 0.9, clarity: 0.9 } : { empathy: 0.2, clarity: 0.1 };
  const reply = vote(scores.empathy, scores.clarity) as {
    toolCalls: { arguments: { scores: { criterion: string }[] } }[];
  };
  // The shipped file's criteria are empathy and clarity.
  reply.toolCalls[0]!.arguments.scores[1]!.criterion = 'clarity';
  return reply as FakeReply;
}

describe('salvo judge-check', () => {
  it('reports accuracy, kappa, the confusion table and the wrong example on the shipped labelled file', async () => {
    const server = await startFakeLlmServer({ reply: judgeOfShippedFile });
    const env = { OPENAI_API_KEY: 'sk-test-0123456789', OPENAI_BASE_URL: server.openaiBaseUrl };
    const run = await runCli(['judge-check', SHIPPED, '--min-kappa', '0.6'], { env });
    const strict = await runCli(['judge-check', SHIPPED, '--min-kappa', '0.8'], { env });
    await server.close();

    expect(run.stderr).toBe('');
    expect(run.stdout).toContain(`Judge check of ${SHIPPED}: 8 labelled examples, judge gpt-5.4-mini (openai)`);
    expect(run.stdout).toContain('Accuracy:      0.88 (7 of 8 judged)');
    expect(run.stdout).toContain("Cohen's kappa: 0.75");
    expect(run.stdout).toMatch(/labelled pass {12}4 {12}0\n {2}labelled fail {12}1 {12}3/);
    expect(run.stdout).toContain(
      "- no amount (I'm sorry it broke. We'll sort out a refund.): labelled fail, judged pass",
    );
    expect(run.stdout).toContain('OK: kappa 0.75 >= the minimum 0.6');
    expect(run.code).toBe(0);

    expect(strict.stdout).toContain('NOT ENOUGH: kappa 0.75 < the minimum 0.8');
    expect(strict.code).toBe(1);
  });

  it('says which key the judge lacks, counting those examples as errored, never as agreement', async () => {
    const run = await runCli(['judge-check', SHIPPED, '--min-kappa', '0.6'], { env: { OPENAI_API_KEY: undefined } });
    expect(run.stdout).toContain('Errored:       8');
    expect(run.stdout).toContain('no API key for the openai adapter: environment variable OPENAI_API_KEY is not set');
    expect(run.code).toBe(1);
  });

  it("computes Cohen's kappa by its definition", () => {
    const pairs = [
      ...Array.from({ length: 20 }, () => ({ expected: 'pass' as const, verdict: 'pass' as const })),
      ...Array.from({ length: 5 }, () => ({ expected: 'pass' as const, verdict: 'fail' as const })),
      ...Array.from({ length: 10 }, () => ({ expected: 'fail' as const, verdict: 'pass' as const })),
      ...Array.from({ length: 15 }, () => ({ expected: 'fail' as const, verdict: 'fail' as const })),
      { expected: 'fail' as const, verdict: 'error' as const },
    ];
    // po = 35/50 = 0.7; pe = 0.5·0.6 + 0.5·0.4 = 0.5; kappa = 0.4
    expect(agreementOf(pairs)).toMatchObject({ judged: 50, errored: 1, accuracy: 0.7, kappa: 0.4 });
    expect(agreementOf([{ expected: 'pass', verdict: 'pass' }]).kappa).toBeNull();
  });
});
