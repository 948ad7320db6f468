// Rebuilds the journeys' read model from the workflow histories and the archive alone
// (npm run rebuild:read-model): every journey Temporal's visibility or the archive knows is
// reconstructed, then journeys, journey_events and the journey rows of tasks and notification_outbox
// are replaced through the journey projection. Run it with the workers stopped, so no projection
// writes in between.
import { openAuditConnections } from '@venskab/audit/audit-connections';
import { reconstructJourney } from '@venskab/audit/reconstruct-journey';
import { rebuildJourneyReadModel } from '@venskab/audit/rebuild-journey-read-model';
import { ConfigError, loadConfig } from '@venskab/platform/config/config';

async function main(): Promise<void> {
  const audit = await openAuditConnections(loadConfig());
  try {
    const journeyIds = await audit.histories.journeyIds();
    const journeys = [];
    // Everything is read before anything is cleared: a history that cannot be read stops the rebuild with the tables untouched.
    for (const journeyId of journeyIds) journeys.push(reconstructJourney(await audit.histories.histories(journeyId)));
    await rebuildJourneyReadModel(audit.dataSource, journeys);
    console.log(`rebuilt the read model of ${journeys.length} journey(s) from their histories`);
  } finally {
    await audit.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
