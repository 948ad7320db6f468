import { Client } from '@temporalio/client';
import { NativeConnection, Worker, WorkerOptions } from '@temporalio/worker';
import { DataSource } from 'typeorm';
import { createActivities } from '@venskab/activities/create-activities';

export interface WorkerSetup {
  connection: NativeConnection;
  dataSource: DataSource;
  /** For the activities through which journeys and families reach each other's workflows. */
  client: Client;
  namespace: string;
  taskQueue: string;
  /** Tests pass a prebuilt bundle so the workflow code is bundled once per run. */
  workflowBundle?: WorkerOptions['workflowBundle'];
}

/** The worker runs every workflow type of the product and its activities on one task queue. */
export function createWorker(setup: WorkerSetup): Promise<Worker> {
  return Worker.create({
    connection: setup.connection,
    namespace: setup.namespace,
    taskQueue: setup.taskQueue,
    ...(setup.workflowBundle ? { workflowBundle: setup.workflowBundle } : { workflowsPath: workflowsPath() }),
    activities: createActivities({ dataSource: setup.dataSource, client: setup.client }),
  });
}

export function workflowsPath(): string {
  // A path, not an import: the worker bundles the workflows from the file (compiled in dist, or the sources).
  return require.resolve('../../../libs/workflows/src/index');
}
