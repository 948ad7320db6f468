import { Client } from '@temporalio/client';
import type { DataConverter } from '@temporalio/common';
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
  /** Encrypts every payload and failure (see @venskab/platform/codec); the same as the client's. */
  dataConverter: DataConverter;
  /** The workflow code bundled beforehand (at build time, or once per test run); unset: bundled now, which takes seconds. */
  workflowBundle?: WorkerOptions['workflowBundle'];
}

/** The worker runs every workflow type of the product and its activities on one task queue. */
export function createWorker(setup: WorkerSetup): Promise<Worker> {
  return Worker.create({
    connection: setup.connection,
    namespace: setup.namespace,
    taskQueue: setup.taskQueue,
    dataConverter: setup.dataConverter,
    ...(setup.workflowBundle ? { workflowBundle: setup.workflowBundle } : { workflowsPath: workflowsPath() }),
    activities: createActivities({ dataSource: setup.dataSource, client: setup.client }),
  });
}

export function workflowsPath(): string {
  // A path, not an import: the worker bundles the workflows from the file (compiled in dist, or the sources).
  return require.resolve('../../../libs/workflows/src/index');
}
