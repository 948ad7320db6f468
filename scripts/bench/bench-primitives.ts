// What single Temporal primitives cost per update on this machine (npm run bench:primitives -- --workflows N).
// Starts its own embedded PostgreSQL and in-memory Temporal dev server (scripts/support/local-stack.ts)
// and a worker of its own for the workflows in primitive-workflows.ts; drives N workflows × 11 updates
// (50 at a time) of each type in alternating rounds, like bench-journeys.ts, and reports per type the
// updates per second and the CPU milliseconds per update of the whole stack, each against the
// baseline measured in the same run. After each phase it waits for the batched projections to fire,
// so their CPU counts for the phase that caused them. The last types talk to a partner workflow (a
// family's stand-in, started unmeasured before the phase), and journeySkeletonWorkflow puts a
// journey's whole Temporal footprint together without its domain; leanJourneySkeletonWorkflow does the
// same in the cheapest forms (partner reached from local activities, on its own task queue). Writes .test-artifacts/bench-primitives.json.
import { Client } from '@temporalio/client';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cpuSnapshot, cpuUsedSince } from './cpu-usage';
import { BATCH_DELAY_MS, primitiveCommand } from './primitive-workflows';
import { PrimitivesWorker, startPrimitivesWorker } from './primitives-worker';
import { LocalStack, withLocalStack } from '../support/local-stack';

const REPO_ROOT = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? '../../..' : '../..');
const ARTIFACT = path.join(REPO_ROOT, '.test-artifacts', 'bench-primitives.json');
const UPDATES_PER_WORKFLOW = 11;
const CONCURRENCY = 50;
const ROUNDS = 2;
/** Well past the batch delay, so every batch has fired before the CPU is read. */
const SETTLE_MS = 3 * BATCH_DELAY_MS;

const WORKFLOW_TYPES = [
  'baselineWorkflow',
  'localActivityPerUpdateWorkflow',
  'searchAttributePerUpdateWorkflow',
  'fourKilobyteAnswerWorkflow',
  'projectionPerUpdateWorkflow',
  'projectionInBatchesWorkflow',
  'reservationInPartnerWorkflow',
  'signalToPartnerWorkflow',
  'journeySkeletonWorkflow',
  'leanJourneySkeletonWorkflow',
] as const;
type WorkflowType = (typeof WORKFLOW_TYPES)[number];
/** These talk to a partner workflow (a family's stand-in), started before the phase and not measured. */
const WITH_PARTNER: ReadonlySet<WorkflowType> = new Set(['reservationInPartnerWorkflow', 'signalToPartnerWorkflow', 'journeySkeletonWorkflow', 'leanJourneySkeletonWorkflow']);
/** This one reaches its partner from local activities, so the partner runs on a task queue of its own. */
const PARTNER_ON_OWN_QUEUE: ReadonlySet<WorkflowType> = new Set(['leanJourneySkeletonWorkflow']);

interface Phase {
  updates: number;
  seconds: number;
  cpuSeconds: number;
}

function parseWorkflowCount(argv: string[]): number {
  if (argv.length === 0) return 300;
  const [flag, inline] = argv[0].split('=', 2);
  const value = Number(inline ?? argv[1]);
  if (flag !== '--workflows' || !Number.isInteger(value) || value < 1) throw new Error('usage: bench-primitives [--workflows N] (N a whole number above 0)');
  return value;
}

async function runPhase(client: Client, worker: PrimitivesWorker, workflowType: WorkflowType, prefix: string, workflows: number): Promise<Phase> {
  const { taskQueue } = worker;
  const partnerOf = (index: number) => `${prefix}-partner-${index}`;
  const withPartner = WITH_PARTNER.has(workflowType);
  const partnerTaskQueue = PARTNER_ON_OWN_QUEUE.has(workflowType) ? worker.partnerTaskQueue : taskQueue;
  if (withPartner) {
    for (let index = 0; index < workflows; index++) await client.workflow.start('partnerWorkflow', { workflowId: partnerOf(index), taskQueue: partnerTaskQueue, args: [] });
  }
  let next = 0;
  const started = performance.now();
  const cpuAtStart = cpuSnapshot();
  await Promise.all(
    Array.from({ length: Math.min(CONCURRENCY, workflows) }, async () => {
      while (next < workflows) {
        const index = next++;
        const handle = await client.workflow.start(workflowType, { workflowId: `${prefix}-${index}`, taskQueue, args: withPartner ? [partnerOf(index)] : [] });
        for (let update = 0; update < UPDATES_PER_WORKFLOW; update++) await handle.executeUpdate(primitiveCommand, { args: [{ update }] });
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  const cpu = cpuUsedSince(cpuAtStart);
  return { updates: workflows * UPDATES_PER_WORKFLOW, seconds, cpuSeconds: cpu.benchAndWorker + cpu.temporalServer + cpu.postgres };
}

async function main(stack: LocalStack, workflows: number): Promise<void> {
  const worker = await startPrimitivesWorker(stack);
  try {
    const runId = Date.now().toString(36);
    for (const type of WORKFLOW_TYPES) await runPhase(stack.client, worker, type, `warm-${type}-${runId}`, 20);
    const phases = new Map<WorkflowType, Phase[]>(WORKFLOW_TYPES.map((type) => [type, []]));
    for (let round = 0; round < ROUNDS; round++) {
      for (const type of WORKFLOW_TYPES) {
        phases.get(type)!.push(await runPhase(stack.client, worker, type, `${type}-${runId}-${round}`, Math.ceil(workflows / ROUNDS)));
        console.log(`round ${round + 1}/${ROUNDS}: ${type}`);
      }
    }
    const totals = (type: WorkflowType) => {
      const list = phases.get(type)!;
      const updates = list.reduce((sum, phase) => sum + phase.updates, 0);
      return {
        updatesPerSecond: updates / list.reduce((sum, phase) => sum + phase.seconds, 0),
        cpuMsPerUpdate: (list.reduce((sum, phase) => sum + phase.cpuSeconds, 0) * 1000) / updates,
      };
    };
    const baseline = totals('baselineWorkflow');
    const rows = WORKFLOW_TYPES.map((type) => {
      const { updatesPerSecond, cpuMsPerUpdate } = totals(type);
      return {
        workflowType: type,
        updatesPerSecond: Number(updatesPerSecond.toFixed(1)),
        throughputRatio: Number((updatesPerSecond / baseline.updatesPerSecond).toFixed(3)),
        cpuMsPerUpdate: Number(cpuMsPerUpdate.toFixed(2)),
        cpuRatio: Number((baseline.cpuMsPerUpdate / cpuMsPerUpdate).toFixed(3)),
      };
    });
    console.log('');
    console.log('workflow                          updates/s  of baseline  CPU ms/update  baseline CPU / this');
    for (const row of rows) {
      console.log(
        `${row.workflowType.padEnd(32)} ${row.updatesPerSecond.toFixed(1).padStart(10)}  ${(row.throughputRatio * 100).toFixed(1).padStart(9)} %  ${row.cpuMsPerUpdate.toFixed(2).padStart(13)}  ${(row.cpuRatio * 100).toFixed(1).padStart(16)} %`,
      );
    }
    fs.mkdirSync(path.dirname(ARTIFACT), { recursive: true });
    fs.writeFileSync(ARTIFACT, `${JSON.stringify({ recordedAt: new Date().toISOString(), workflows, updatesPerWorkflow: UPDATES_PER_WORKFLOW, concurrency: CONCURRENCY, rounds: ROUNDS, rows }, null, 2)}\n`);
    console.log(`written to ${path.relative(REPO_ROOT, ARTIFACT)}`);
  } finally {
    await worker.stop();
  }
}

let workflows: number;
try {
  workflows = parseWorkflowCount(process.argv.slice(2));
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
void withLocalStack({ name: 'bench-primitives' }, (stack) => main(stack, workflows));
