import type { DataConverter } from '@temporalio/common';
import type { DataSource } from 'typeorm';
import type { VenskabConfig } from '../config/config';
import { masterKeyOf } from '../config/local-master-key';
import { protectedDataConverter } from './data-converter';
import { DataKeyStore } from './data-key-store';
import { EncryptionCodec } from './encryption-codec';

export interface DataProtection {
  codec: EncryptionCodec;
  dataConverter: DataConverter;
}

/** The codec over the data keys in `dataSource`, under the configured master key. */
export function dataProtection(config: Pick<VenskabConfig, 'masterKey' | 'dataDir'>, dataSource: DataSource): DataProtection {
  const codec = new EncryptionCodec(new DataKeyStore(dataSource, masterKeyOf(config)));
  return { codec, dataConverter: protectedDataConverter(codec) };
}

/** As dataProtection, for a process whose database is connected: a wrong master key stops it here, before any work. */
export async function checkedDataProtection(config: Pick<VenskabConfig, 'masterKey' | 'dataDir'>, dataSource: DataSource): Promise<DataProtection> {
  await new DataKeyStore(dataSource, masterKeyOf(config)).assertMasterKeyMatches();
  return dataProtection(config, dataSource);
}
