// The auditor's command line (npm run audit -- replay --all | replay --journey <id>): replays journeys'
// workflow histories (Temporal, or the archive once Temporal no longer has them) against the current
// workflow code. One line per journey; exits 1 if any journey does not replay or cannot be read.
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { openAuditConnections } from '@venskab/audit/audit-connections';
import { currentWorkflowBundle } from '@venskab/audit/current-workflow-bundle';
import { replayJourneyHistories } from '@venskab/audit/replay-journey-histories';
import { ConfigError, loadConfig } from '@venskab/platform/config/config';

const USAGE = 'usage: npm run audit -- replay --all | replay --journey <journey id>';

class UsageError extends Error {}

function journeysToReplay(args: string[]): { all: true } | { journeyId: string } {
  if (args[0] !== 'replay') throw new UsageError(USAGE);
  if (args.length === 2 && args[1] === '--all') return { all: true };
  if (args.length === 3 && args[1] === '--journey' && args[2]) return { journeyId: args[2] };
  throw new UsageError(USAGE);
}

async function main(): Promise<number> {
  const selection = journeysToReplay(process.argv.slice(2));
  const config = loadConfig();
  // The replay worker reports each replay at INFO; the output here is one line per journey.
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const audit = await openAuditConnections(config);
  try {
    const journeyIds = 'all' in selection ? await audit.histories.journeyIds() : [selection.journeyId];
    const bundle = await currentWorkflowBundle();
    let failed = 0;
    for (const journeyId of journeyIds) {
      try {
        const replay = await replayJourneyHistories(await audit.histories.histories(journeyId), bundle);
        const sources = [...new Set(replay.runs.map((run) => run.source))].join(' + ');
        if (replay.deterministic) {
          console.log(`ok     ${journeyId}  ${replay.runs.length} run(s) from ${sources}, stage ${replay.state.stage}`);
        } else {
          failed += 1;
          const broken = replay.runs.filter((run) => !run.ok).map((run) => `run ${run.runId}: ${run.error}`);
          console.log(`FAIL   ${journeyId}  ${broken.join('; ')}`);
        }
      } catch (error) {
        failed += 1;
        console.log(`ERROR  ${journeyId}  ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    console.log(`${journeyIds.length} journey(s) replayed, ${failed} failed`);
    return failed === 0 ? 0 : 1;
  } finally {
    await audit.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof ConfigError || error instanceof UsageError ? error.message : error);
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
