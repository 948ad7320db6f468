import type { DataConverter, PayloadCodec } from '@temporalio/common';

/** The failure converter's module, for Worker/Client options and for the workflow bundle. */
export const FAILURE_CONVERTER_PATH = require.resolve('./failure-converter');

/** What every Client, Worker and replay of the product uses: encrypted payloads and failures. */
export function protectedDataConverter(codec: PayloadCodec): DataConverter {
  return { payloadCodecs: [codec], failureConverterPath: FAILURE_CONVERTER_PATH };
}
