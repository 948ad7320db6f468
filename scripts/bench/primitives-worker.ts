import { NativeConnection, Worker } from '@temporalio/worker';
import type { LocalStack } from '../support/local-stack';
import { primitiveCommand } from './primitive-workflows';
import type { PrimitiveActivities } from './primitive-workflows';

export interface PrimitivesWorker {
  taskQueue: string;
  stop(): Promise<void>;
}

/** A worker of its own for the benchmark workflows in primitive-workflows.ts, beside the stack's product worker. */
export async function startPrimitivesWorker(stack: LocalStack): Promise<PrimitivesWorker> {
  const connection = await NativeConnection.connect({ address: stack.temporalAddress });
  const taskQueue = `${stack.taskQueue}-primitives`;
  const activities: PrimitiveActivities = {
    echo: async (value) => value,
    reserveInPartner: async (partnerId) => {
      await stack.client.workflow.getHandle(partnerId).executeUpdate(primitiveCommand, { args: [{ reservation: true }] });
    },
  };
  const worker = await Worker.create({ connection, taskQueue, workflowsPath: require.resolve('./primitive-workflows'), activities });
  const running = worker.run();
  return {
    taskQueue,
    async stop() {
      worker.shutdown();
      await running;
      await connection.close();
    },
  };
}
