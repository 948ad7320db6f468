import { NativeConnection, Worker } from '@temporalio/worker';
import { bundleWorkflows } from '@venskab/platform/temporal/workflow-bundle';
import type { LocalStack } from '../support/local-stack';
import { partnerSignal, primitiveCommand } from './primitive-workflows';
import type { PrimitiveActivities } from './primitive-workflows';

export interface PrimitivesWorker {
  taskQueue: string;
  /** Partners that a workflow reaches from a local activity run here, so they never wait for a workflow-task slot the caller holds. */
  partnerTaskQueue: string;
  stop(): Promise<void>;
}

/** Workers of their own for the benchmark workflows in primitive-workflows.ts (kept out of the product's bundle), beside the stack's product worker. */
export async function startPrimitivesWorker(stack: LocalStack): Promise<PrimitivesWorker> {
  const connection = await NativeConnection.connect({ address: stack.temporalAddress });
  const taskQueue = `${stack.taskQueue}-primitives`;
  const partnerTaskQueue = `${taskQueue}-partners`;
  const activities: PrimitiveActivities = {
    echo: async (value) => value,
    reserveInPartner: async (partnerId) => {
      await stack.client.workflow.getHandle(partnerId).executeUpdate(primitiveCommand, { args: [{ reservation: true }] });
    },
    signalPartner: async (partnerId, value) => {
      await stack.client.workflow.getHandle(partnerId).signal(partnerSignal, value);
    },
  };
  const workflowBundle = await bundleWorkflows(require.resolve('./primitive-workflows'));
  const workers = await Promise.all(
    [taskQueue, partnerTaskQueue].map((queue) => Worker.create({ connection, taskQueue: queue, workflowBundle, activities, dataConverter: stack.dataConverter })),
  );
  const running = workers.map((worker) => worker.run());
  return {
    taskQueue,
    partnerTaskQueue,
    async stop() {
      for (const worker of workers) worker.shutdown();
      await Promise.all(running);
      await connection.close();
    },
  };
}
