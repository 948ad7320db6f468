// Journey command throughput and latency (npm run bench:journeys -- --journeys N --logbook K --concurrency C).
// Starts its own embedded PostgreSQL and in-memory Temporal dev server, drives N journeys from the
// referral to weekly visits with K logbook entries (C journeys at a time), then does the same with
// the minimal baseline workflow and with the journey skeleton (a journey's Temporal footprint without
// its domain, scripts/bench/primitive-workflows.ts) and its lean form (the same features in their
// cheapest forms: the family reached from local activities), and reports commands/second and p50/p95/p99 of
// every command's client-side executeUpdate round trip for each, and the ratios journey/minimal
// and journey/skeleton (what the journey's own code costs on top of its Temporal footprint), next to skeleton/minimal and lean skeleton/minimal (the ceiling of any journey
// with these features) and journey/skeleton. A journey phase ends only when the read model holds every journey's last event
// (journeys answer before projecting), so the projections' cost and time count as the journey's; a
// skeleton phase ends after its last batch (same delay as the journeys). Writes .test-artifacts/bench-journeys.json.
import { Client } from '@temporalio/client';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DEFAULT_JOURNEY_POLICY, validateJourneyPolicy } from '@venskab/domain/journey';
import type { JourneyCommand, JourneyPolicy } from '@venskab/domain/journey';
import { journeyCommandUpdate, JourneyView, journeyWorkflowId, JourneyWorkflowInput, projectionDelayMs } from '@venskab/contracts';
import { cpuSnapshot, CpuSeconds, cpuUsedSince } from './cpu-usage';
import { primitiveCommand } from './primitive-workflows';
import { PrimitivesWorker, startPrimitivesWorker } from './primitives-worker';
import { CASEWORKER, CHILD, COORDINATOR, familyActor, PARENT, scores } from '../golden/journey-scenarios';
import { startApprovedFamily } from '../support/approved-family';
import { LocalStack, withLocalStack } from '../support/local-stack';

const REPO_ROOT = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? '../../..' : '../..');
const ARTIFACT = path.join(REPO_ROOT, '.test-artifacts', 'bench-journeys.json');

/**
 * Real programme days, so no reminder fires during the run (the earliest is days away). Only the
 * visit interval is shortened (one visit "week" lasts 1 ms), so the K logbook weeks are open right
 * after the friendship meeting: the family writes one entry per visit week and never ahead of time.
 */
const BENCH_POLICY: JourneyPolicy = { ...DEFAULT_JOURNEY_POLICY, visitIntervalDays: 1 / DEFAULT_JOURNEY_POLICY.dayLengthMs };

interface Options {
  journeys: number;
  logbook: number;
  concurrency: number;
  /** The two workflow types take turns in this many rounds, so changing load on the machine hits both alike. */
  rounds: number;
  /** The journeys' projection delay (the read model's lag), ms; the workflow's own default when absent. */
  projectionDelay?: number;
}

function parseOptions(argv: string[]): Options {
  const options: Options = { journeys: 1000, logbook: 4, concurrency: 50, rounds: 4 };
  const names: Record<string, keyof Options> = {
    '--journeys': 'journeys',
    '--logbook': 'logbook',
    '--concurrency': 'concurrency',
    '--rounds': 'rounds',
    '--projection-delay': 'projectionDelay',
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const key = names[flag];
    if (!key) throw new Error(`unknown option ${argv[i]} (use --journeys N, --logbook K, --concurrency C, --rounds R, --projection-delay MS)`);
    const raw = inline ?? argv[++i];
    const value = Number(raw);
    if (!Number.isInteger(value) || value < (key === 'logbook' ? 0 : 1)) throw new Error(`${flag} needs a whole number${key === 'logbook' ? '' : ' above 0'}, not ${raw}`);
    options[key] = value;
  }
  return options;
}

/** The commands that take a referred child to weekly visits with `logbook` entries, in order. */
function commandsFor(familyId: string, logbook: number): JourneyCommand[] {
  const family = familyActor(familyId);
  const now = new Date().toISOString();
  return [
    { type: 'GiveConsent', actor: CASEWORKER, custodyHolders: ['Mother'] },
    { type: 'RecordScreeningVisit', actor: COORDINATOR, baseline: scores(2) },
    { type: 'ProposeMatch', actor: COORDINATOR, familyId },
    { type: 'AcceptMatch', actor: PARENT, side: 'child' },
    { type: 'AcceptMatch', actor: family, side: 'family' },
    { type: 'ScheduleFriendshipMeeting', actor: COORDINATOR, scheduledFor: now },
    { type: 'RecordFriendshipMeetingHeld', actor: COORDINATOR, agreement: { weekday: 'wednesday', pickUp: 'school 14:00', return: 'home 19:00' } },
    ...Array.from({ length: logbook }, (_, i): JourneyCommand => ({
      type: 'WriteLogbookEntry',
      actor: family,
      familyId,
      week: i + 1,
      visit: 'held',
      note: `Week ${i + 1}: pick-up on time, dinner together.`,
      concern: false,
    })),
  ];
}

interface PhaseResult {
  workflowType: string;
  journeys: number;
  commands: number;
  failedCommands: number;
  firstFailure: string | null;
  durationSeconds: number;
  commandsPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number; mean: number };
  startLatencyMs: { p50: number; p95: number };
  /** CPU milliseconds each part of the stack spent per command (the machine has few cores: this is where throughput goes). */
  cpuMsPerCommand: CpuSeconds;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

const round = (value: number, digits = 1) => Number(value.toFixed(digits));

/** What one phase measured, before it is summed up with the other rounds of the same workflow type. */
interface PhaseSamples {
  journeys: number;
  latencies: number[];
  startLatencies: number[];
  durationSeconds: number;
  cpuSeconds: CpuSeconds;
  failed: number;
  firstFailure: string | null;
}

async function runPhase(
  stack: LocalStack,
  client: Client,
  workflowType: WorkflowType,
  /** The primitives workers, where the skeletons and their partners run. */
  primitives: PrimitivesWorker,
  prefix: string,
  options: Options,
  quiet = false,
): Promise<PhaseSamples> {
  const latencies: number[] = [];
  const startLatencies: number[] = [];
  let failed = 0;
  let firstFailure: string | null = null;
  let next = 0;
  let done = 0;
  const progressEvery = Math.max(1, Math.floor(options.journeys / 10));
  const familyOf = (index: number) => `${prefix}-family-${index}`;
  const partnerOf = (index: number) => `${prefix}-partner-${index}`;
  const isSkeleton = workflowType === 'journeySkeletonWorkflow' || workflowType === 'leanJourneySkeletonWorkflow';
  // The lean skeleton reaches its partner from local activities, so the partner needs a task queue of its own.
  const partnerTaskQueue = workflowType === 'leanJourneySkeletonWorkflow' ? primitives.partnerTaskQueue : primitives.taskQueue;
  // The skeleton batches its projections with the same delay as the journeys.
  const batchDelayMs = options.projectionDelay ?? projectionDelayMs(BENCH_POLICY);
  const expectedEventCounts = new Map<string, number>();

  // Set-up, not measured: each journey's family, approved before the phase starts (a proposal reserves a place in it).
  if (workflowType === 'journeyWorkflow') {
    let nextFamily = 0;
    await Promise.all(
      Array.from({ length: Math.min(options.concurrency, options.journeys) }, async () => {
        while (nextFamily < options.journeys) await startApprovedFamily(client, stack.taskQueue, familyOf(nextFamily++));
      }),
    );
  }
  // Likewise the skeleton's partners, the families' stand-ins.
  if (isSkeleton) {
    for (let index = 0; index < options.journeys; index++) {
      await client.workflow.start('partnerWorkflow', { workflowId: partnerOf(index), taskQueue: partnerTaskQueue, args: [] });
    }
  }

  const driveOne = async (index: number) => {
    const journeyId = `${prefix}-${index}`;
    const input: JourneyWorkflowInput = {
      journeyId,
      programme: 'bench',
      childLabel: `B.${index}`,
      policy: BENCH_POLICY,
      ...(options.projectionDelay === undefined ? {} : { projectionDelayMs: options.projectionDelay }),
      referral: { type: 'ReferChild', actor: CASEWORKER, journeyId, child: CHILD },
    };
    const startedAt = performance.now();
    const workflowId = journeyWorkflowId(journeyId);
    const handle = isSkeleton
      ? await client.workflow.start(workflowType, { workflowId, taskQueue: primitives.taskQueue, args: [partnerOf(index), batchDelayMs] })
      : workflowType === 'minimalJourneyWorkflow'
        ? await client.workflow.start(workflowType, { workflowId, taskQueue: primitives.taskQueue, args: [] })
        : await client.workflow.start(workflowType, { workflowId, taskQueue: stack.taskQueue, args: [input] });
    // The minimal workflow answers the journey's update name with its own small answer; the skeleton has an update of its own.
    const updateName = isSkeleton ? primitiveCommand.name : journeyCommandUpdate.name;
    startLatencies.push(performance.now() - startedAt);
    for (const command of commandsFor(familyOf(index), options.logbook)) {
      const sentAt = performance.now();
      try {
        const answer: unknown = await handle.executeUpdate(updateName, { args: [command] });
        latencies.push(performance.now() - sentAt);
        if (workflowType === 'journeyWorkflow') expectedEventCounts.set(journeyId, (answer as JourneyView).eventCount);
      } catch (error) {
        failed += 1;
        firstFailure ??= `${journeyId} ${command.type}: ${error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error)}`;
        return;
      }
    }
  };

  const phaseStart = performance.now();
  const cpuAtStart = cpuSnapshot();
  const runners = Array.from({ length: Math.min(options.concurrency, options.journeys) }, async () => {
    while (next < options.journeys) {
      const index = next++;
      await driveOne(index);
      done += 1;
      if (!quiet && done % progressEvery === 0) process.stdout.write(`  ${workflowType}: ${done}/${options.journeys} journeys\n`);
    }
  });
  await Promise.all(runners);
  // The journey answers before its read model is written: the phase ends when the projections have caught up.
  if (workflowType === 'journeyWorkflow') await readModelCaughtUp(stack, expectedEventCounts);
  // The skeleton has no read model to ask: its last batch has been written a little after its delay.
  if (isSkeleton) await new Promise((resolve) => setTimeout(resolve, batchDelayMs + SKELETON_LAST_WRITE_MS));
  const durationSeconds = (performance.now() - phaseStart) / 1000;
  const cpuSeconds = cpuUsedSince(cpuAtStart);

  return { journeys: options.journeys, latencies, startLatencies, durationSeconds, cpuSeconds, failed, firstFailure };
}

type WorkflowType = 'journeyWorkflow' | 'minimalJourneyWorkflow' | 'journeySkeletonWorkflow' | 'leanJourneySkeletonWorkflow';
/** What the skeleton's last batch (a no-op local activity and an upsert) may take after its delay. */
const SKELETON_LAST_WRITE_MS = 100;

/** Waits until every journey's projected row has seen as many events as its last answer named. */
async function readModelCaughtUp(stack: LocalStack, expected: Map<string, number>, timeoutMs = 60_000): Promise<void> {
  const ids = [...expected.keys()];
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const rows: Array<{ journey_id: string; event_count: number }> = await stack.dataSource.query(
      'SELECT journey_id, event_count FROM journeys WHERE journey_id = ANY($1)',
      [ids],
    );
    const behind = ids.length - rows.filter((row) => row.event_count >= expected.get(row.journey_id)!).length;
    if (behind === 0) return;
    if (performance.now() > deadline) throw new Error(`${behind} journeys' read model did not catch up within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** All rounds of one workflow type as one result: commands over the summed measured time, percentiles over all commands. */
function summarise(workflowType: WorkflowType, phases: PhaseSamples[]): PhaseResult {
  const sorted = phases.flatMap((phase) => phase.latencies).sort((a, b) => a - b);
  const startsSorted = phases.flatMap((phase) => phase.startLatencies).sort((a, b) => a - b);
  const durationSeconds = phases.reduce((sum, phase) => sum + phase.durationSeconds, 0);
  const sumCpu = (part: keyof CpuSeconds) => phases.reduce((sum, phase) => sum + phase.cpuSeconds[part], 0);
  return {
    workflowType,
    journeys: phases.reduce((sum, phase) => sum + phase.journeys, 0),
    commands: sorted.length,
    failedCommands: phases.reduce((sum, phase) => sum + phase.failed, 0),
    firstFailure: phases.find((phase) => phase.firstFailure)?.firstFailure ?? null,
    durationSeconds: round(durationSeconds, 2),
    commandsPerSecond: round(sorted.length / durationSeconds),
    latencyMs: {
      p50: round(percentile(sorted, 50)),
      p95: round(percentile(sorted, 95)),
      p99: round(percentile(sorted, 99)),
      max: round(sorted.at(-1) ?? 0),
      mean: round(sorted.reduce((sum, x) => sum + x, 0) / Math.max(1, sorted.length)),
    },
    startLatencyMs: { p50: round(percentile(startsSorted, 50)), p95: round(percentile(startsSorted, 95)) },
    cpuMsPerCommand: {
      benchAndWorker: round((sumCpu('benchAndWorker') * 1000) / Math.max(1, sorted.length), 2),
      temporalServer: round((sumCpu('temporalServer') * 1000) / Math.max(1, sorted.length), 2),
      postgres: round((sumCpu('postgres') * 1000) / Math.max(1, sorted.length), 2),
    },
  };
}

/** One workflow type against another, measured in the same run: by commands per second, and by the CPU each command took. */
interface Comparison {
  throughput: number;
  cpu: number;
}

/** CPU ms per command of the whole stack; a negative part is another process's noise in /proc and counts as none. */
const cpuMsPerCommand = (r: PhaseResult) => Object.values(r.cpuMsPerCommand).reduce((sum, part) => sum + Math.max(0, part), 0);

function compare(measured: PhaseResult, against: PhaseResult): Comparison {
  return {
    throughput: against.commandsPerSecond > 0 ? round(measured.commandsPerSecond / against.commandsPerSecond, 3) : 0,
    cpu: cpuMsPerCommand(measured) > 0 ? round(cpuMsPerCommand(against) / cpuMsPerCommand(measured), 3) : 0,
  };
}

/** Wide enough for the longest workflow type's name in the tables. */
const NAME_WIDTH = 'leanJourneySkeletonWorkflow'.length;
const percent = (ratio: number) => `${(ratio * 100).toFixed(1)} %`;

function printTable(rows: PhaseResult[], comparisons: Record<string, Comparison>): void {
  const header = ['workflow', 'journeys', 'commands', 'failed', 'seconds', 'commands/s', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms'];
  const lines = rows.map((r) => [
    r.workflowType,
    String(r.journeys),
    String(r.commands),
    String(r.failedCommands),
    r.durationSeconds.toFixed(2),
    r.commandsPerSecond.toFixed(1),
    r.latencyMs.p50.toFixed(1),
    r.latencyMs.p95.toFixed(1),
    r.latencyMs.p99.toFixed(1),
    r.latencyMs.max.toFixed(1),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((line) => line[i].length)));
  const format = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  console.log('');
  console.log(format(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const line of lines) console.log(format(line));
  console.log('');
  console.log(`${'CPU ms per command'.padEnd(NAME_WIDTH)} bench+worker  temporal  postgres`);
  for (const r of rows) {
    const cpu = r.cpuMsPerCommand;
    console.log(`${r.workflowType.padEnd(NAME_WIDTH)} ${cpu.benchAndWorker.toFixed(2).padStart(12)}  ${cpu.temporalServer.toFixed(2).padStart(8)}  ${cpu.postgres.toFixed(2).padStart(8)}`);
  }
  console.log('');
  console.log(`${'ratio'.padEnd(NAME_WIDTH)} throughput  CPU (CPU per command of the second / of the first)`);
  for (const [name, comparison] of Object.entries(comparisons)) console.log(`${name.padEnd(NAME_WIDTH)} ${percent(comparison.throughput).padStart(10)}  ${percent(comparison.cpu).padStart(7)}`);
}

async function main(stack: LocalStack, options: Options): Promise<void> {
  const problems = validateJourneyPolicy(BENCH_POLICY);
  if (problems.length > 0) throw new Error(`invalid bench policy: ${problems.map((p) => p.message).join(' ')}`);
  const runId = Date.now().toString(36);
  console.log(`bench: ${options.journeys} journeys × ${7 + options.logbook} commands, ${options.concurrency} at a time, per workflow type, in ${options.rounds} alternating rounds, projection delay ${options.projectionDelay ?? "the workflow default"} ms`);

  const primitives = await startPrimitivesWorker(stack);
  const types: WorkflowType[] = ['journeyWorkflow', 'minimalJourneyWorkflow', 'journeySkeletonWorkflow', 'leanJourneySkeletonWorkflow'];
  const phases = new Map<WorkflowType, PhaseSamples[]>(types.map((type) => [type, []]));
  try {
    // A short unmeasured warm-up of every type: bundle caches, JIT, connection pools.
    const warmup = { ...options, journeys: Math.min(20, options.journeys) };
    for (const type of types) await runPhase(stack, stack.client, type, primitives, `warm-${type}-${runId}`, warmup, true);
    for (let round = 0; round < options.rounds; round++) {
      const share = { ...options, journeys: Math.ceil(options.journeys / options.rounds) };
      console.log(`round ${round + 1}/${options.rounds}`);
      for (const type of types) phases.get(type)!.push(await runPhase(stack, stack.client, type, primitives, `bench-${type}-${runId}-${round}`, share));
    }
  } finally {
    await primitives.stop();
  }
  const [journey, minimal, skeleton, leanSkeleton] = types.map((type) => summarise(type, phases.get(type)!));
  const comparisons = {
    'journey/minimal': compare(journey, minimal),
    'skeleton/minimal': compare(skeleton, minimal),
    'lean skeleton/minimal': compare(leanSkeleton, minimal),
    'journey/skeleton': compare(journey, skeleton),
  };
  printTable([journey, minimal, skeleton, leanSkeleton], comparisons);
  const report = {
    recordedAt: new Date().toISOString(),
    options,
    commandsPerJourney: 7 + options.logbook,
    latencyMeasures: 'client-side executeUpdate round trip per command (workflow starts are not commands; see startLatencyMs)',
    policy: { dayLengthMs: BENCH_POLICY.dayLengthMs, visitIntervalDays: BENCH_POLICY.visitIntervalDays },
    machine: { cpus: os.cpus().length, loadAverage: os.loadavg().map((x) => round(x, 2)), node: process.version, platform: `${os.platform()}-${os.arch()}` },
    journey,
    minimal,
    skeleton,
    leanSkeleton,
    comparisons,
  };
  fs.mkdirSync(path.dirname(ARTIFACT), { recursive: true });
  fs.writeFileSync(ARTIFACT, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`written to ${path.relative(REPO_ROOT, ARTIFACT)}`);
  const failed = [journey, minimal, skeleton, leanSkeleton].filter((r) => r.failedCommands > 0);
  if (failed.length > 0) throw new Error(`commands failed: ${failed.map((r) => `${r.workflowType} ${r.failedCommands} (${r.firstFailure})`).join(', ')}`);
}

let options: Options;
try {
  options = parseOptions(process.argv.slice(2));
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
void withLocalStack({ name: 'bench' }, (stack) => main(stack, options));
