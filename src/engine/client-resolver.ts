import { resolve } from 'node:path';
import type { ModelClient } from '../core/model-client.ts';
import { SalvoError } from '../core/errors.ts';
import { recordingPathFor, type RecordingSource } from '../core/recording/format.ts';
import type { RecordingRedactor } from '../core/recording/fingerprint.ts';
import { resolveMode, type ModeDecision, type RunMode } from '../core/recording/resolve-mode.ts';
import type { SkipReason } from '../core/results.ts';
import type { AdapterName } from '../core/scenario/schema.ts';
import type { Recording } from '../core/recording/format.ts';
import { JudgeRecorder, JudgeReplayClient } from '../providers/replay/judge-recording.ts';
import { RecordingModelClient } from '../providers/replay/recording-client.ts';
import { ReplayModelClient } from '../providers/replay/replay-client.ts';
import { SimulatorReplayClient } from '../providers/replay/simulator-recording.ts';
import { readRecordingFile, writeRecordingFile } from '../node-adapters/recording-files.ts';

/** What the resolver needs of a loaded scenario (LoadedScenario satisfies it). */
export interface ScenarioForMode {
  file: string;
  name: string;
  hash: string;
  scenario: { adapter: AdapterName; model: string; tools?: readonly { name: string; handler?: string | undefined }[] };
}

export interface KeyedSettings {
  apiKey?: string;
  keySource: string;
}

export interface ClientResolverOptions<Settings extends KeyedSettings> {
  mode: RunMode;
  /** Set for `--record`: how the recordings' provenance is labelled. */
  record: { scriptedLabel: string | null; salvoVersion: string; now: () => Date } | null;
  cwd: string;
  redactor: RecordingRedactor;
  /** The run's interrupt (SIGINT/SIGTERM): once aborted, recordings keep only finished trials and never shrink. */
  interrupted?: AbortSignal;
  settingsFor(adapter: AdapterName): Settings;
  /** createModelClient from src/providers/registry.ts, injected so nothing loads an SDK it does not need. */
  createLiveClient(adapter: AdapterName, settings: Settings): Promise<ModelClient>;
}

export type ClientChoice = { client: ModelClient; mode: 'live' | 'replay' } | { skip: SkipReason; message: string };

/**
 * Decides per scenario between the live provider, its recording and a skip
 * (resolveMode), builds the matching client, and under `--record` keeps the
 * recorders to write their files when the run ends.
 */
export class ClientResolver<Settings extends KeyedSettings> {
  private readonly options: ClientResolverOptions<Settings>;
  private readonly decisions = new Map<string, ModeDecision>();
  private readonly recorders = new Map<string, { scenario: ScenarioForMode; recorder: RecordingModelClient }>();
  /** One live client per provider, built when a scenario first needs it (the SDK is imported lazily). */
  private readonly liveClients = new Map<AdapterName, Promise<ModelClient>>();
  /** The recordings scenarios replay from, for their judge votes too. */
  private readonly replayed = new Map<string, Recording>();
  private readonly judgeRecorders = new Map<string, JudgeRecorder>();
  private readonly simulatorRecorders = new Map<string, JudgeRecorder>();

  constructor(options: ClientResolverOptions<Settings>) {
    this.options = options;
  }

  /** The decision and its reason for a scenario already resolved, for the output. */
  decisionFor(file: string): ModeDecision | undefined {
    return this.decisions.get(file);
  }

  async clientFor(loaded: ScenarioForMode): Promise<ClientChoice> {
    const settings = this.options.settingsFor(loaded.scenario.adapter);
    const expected = recordingPathFor(loaded.file);
    const keyAvailable = Boolean(settings.apiKey);
    // A run that goes live anyway never touches the recording, so live runs pay nothing for replay support.
    const goesLive =
      this.options.record !== null || this.options.mode === 'live' || (this.options.mode === 'auto' && keyAvailable);
    const recording = goesLive ? null : await readRecordingFile(resolve(this.options.cwd, expected));
    const decision = resolveMode({
      mode: this.options.mode,
      recording: this.options.record !== null,
      keyAvailable,
      keySource: settings.keySource,
      recordingFile: recording ? expected : null,
      expectedRecordingFile: expected,
      scenarioFile: loaded.file,
    });
    this.decisions.set(loaded.file, decision);
    switch (decision.action) {
      case 'skip':
        return { skip: decision.skipReason, message: decision.reason };
      case 'error':
        return {
          client: new UnavailableModelClient(
            loaded.scenario.adapter,
            new SalvoError(decision.code, decision.reason, { hint: decision.hint }),
          ),
          // What was asked for: --mode replay without a recording is a replay that could not happen, not a live call.
          mode: decision.code === 'E_NO_RECORDING' ? 'replay' : 'live',
        };
      case 'replay':
        this.replayed.set(loaded.file, recording!);
        return {
          mode: 'replay',
          client: new ReplayModelClient({
            recording: recording!,
            recordingFile: expected,
            scenarioName: loaded.name,
            scenarioFile: loaded.file,
            redactor: this.options.redactor,
            handlerTools: new Set(
              (loaded.scenario.tools ?? []).flatMap((tool) => (tool.handler === undefined ? [] : [tool.name])),
            ),
          }),
        };
      case 'live': {
        const live = await this.liveClient(loaded.scenario.adapter, settings);
        if (!this.options.record) return { client: live, mode: 'live' };
        const recorder = new RecordingModelClient(live, this.options.redactor);
        this.recorders.set(loaded.file, { scenario: loaded, recorder });
        return { client: recorder, mode: 'live' };
      }
    }
  }

  /**
   * The client a scenario's judge votes go to: the recorded votes when the
   * scenario replays, else the judge adapter's live client (recorded beside
   * the agent's replies under --record). A missing key fails here, naming it.
   */
  async judgeClientFor(loaded: ScenarioForMode, adapter: AdapterName, mode: 'live' | 'replay'): Promise<ModelClient> {
    if (mode === 'replay') {
      const recording = this.replayed.get(loaded.file);
      return new JudgeReplayClient(recording?.judge ?? [], recordingPathFor(loaded.file), this.options.redactor);
    }
    const live = await this.liveClient(adapter, this.options.settingsFor(adapter));
    if (!this.options.record) return live;
    let recorder = this.judgeRecorders.get(loaded.file);
    if (!recorder) {
      recorder = new JudgeRecorder(this.options.redactor);
      this.judgeRecorders.set(loaded.file, recorder);
    }
    return recorder.wrap(live);
  }

  /**
   * The client a scenario's simulated user speaks through: its recorded replies when the scenario replays,
   * else the simulator adapter's live client (recorded beside the agent's replies under --record).
   */
  async simulatorClientFor(
    loaded: ScenarioForMode,
    adapter: AdapterName,
    mode: 'live' | 'replay',
  ): Promise<ModelClient> {
    if (mode === 'replay') {
      const recording = this.replayed.get(loaded.file);
      return new SimulatorReplayClient(
        recording?.simulator ?? [],
        recordingPathFor(loaded.file),
        this.options.redactor,
      );
    }
    const live = await this.liveClient(adapter, this.options.settingsFor(adapter));
    if (!this.options.record) return live;
    let recorder = this.simulatorRecorders.get(loaded.file);
    if (!recorder) {
      recorder = new JudgeRecorder(this.options.redactor);
      this.simulatorRecorders.set(loaded.file, recorder);
    }
    return recorder.wrap(live);
  }

  private liveClient(adapter: AdapterName, settings: Settings): Promise<ModelClient> {
    let client = this.liveClients.get(adapter);
    if (!client) {
      client = this.options.createLiveClient(adapter, settings);
      this.liveClients.set(adapter, client);
    }
    return client;
  }

  /**
   * Writes one recording per recorded scenario; scenarios whose every trial failed to get a reply keep their
   * old file, and so do scenarios of an interrupted run that finished fewer trials than the file holds.
   */
  async saveRecordings(): Promise<{ file: string; trials: number }[]> {
    const record = this.options.record;
    if (!record) return [];
    const interrupted = this.options.interrupted?.aborted === true;
    const saved: { file: string; trials: number }[] = [];
    for (const { scenario, recorder } of this.recorders.values()) {
      const file = recordingPathFor(scenario.file);
      let trials = recorder.recordedTrialCount({ interrupted });
      if (trials > 0 && interrupted && (await this.recordedTrialsIn(file)) > trials) trials = 0;
      if (trials > 0) {
        // The replies were redacted as they were captured; the scenario's name and file and the label are redacted
        // here.
        const { redactor } = this.options;
        const source = redactor.deep(sourceFor(scenario, recorder.provider, record));
        const details = {
          scenarioName: redactor.text(scenario.name),
          scenarioFile: redactor.text(scenario.file),
          scenarioHash: scenario.hash,
          source,
        };
        const recording = recorder.recording(details, { interrupted });
        const judge = this.judgeRecorders.get(scenario.file)?.recorded() ?? [];
        if (judge.length > 0) recording.judge = judge;
        const simulator = this.simulatorRecorders.get(scenario.file)?.recorded() ?? [];
        if (simulator.length > 0) recording.simulator = simulator;
        await writeRecordingFile(resolve(this.options.cwd, file), recording);
      }
      saved.push({ file, trials });
    }
    return saved;
  }

  /**
   * Trials in the recording already on disk (0 when there is none or it cannot be read): an interrupted run never
   * replaces it with fewer.
   */
  private async recordedTrialsIn(file: string): Promise<number> {
    const existing = await readRecordingFile(resolve(this.options.cwd, file)).catch(() => null);
    return existing?.trials.length ?? 0;
  }
}

function sourceFor(
  scenario: ScenarioForMode,
  provider: string,
  record: { scriptedLabel: string | null; salvoVersion: string; now: () => Date },
): RecordingSource {
  const common = { provider, recorded_at: record.now().toISOString(), salvo_version: record.salvoVersion };
  if (record.scriptedLabel) return { kind: 'scripted', label: record.scriptedLabel, ...common };
  return { kind: 'live', model: scenario.scenario.model, ...common };
}

/** Stands in for a client that cannot exist (no key under --mode live): every trial errors with the reason. */
class UnavailableModelClient implements ModelClient {
  /** The scenario's own provider, so reports name what could not be reached. */
  readonly provider: string;
  private readonly error: SalvoError;
  constructor(provider: string, error: SalvoError) {
    this.provider = provider;
    this.error = error;
  }
  async complete(): Promise<never> {
    throw this.error;
  }
}
