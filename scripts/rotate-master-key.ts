// Rotates the master key (npm run keys:rotate): every data key is wrapped by a new master key; the
// workflow histories stay as they are and still decode. Stop the worker and the API first.
// With VENSKAB_MASTER_KEY set, pass the new key as VENSKAB_NEW_MASTER_KEY; with the key file in the
// data folder, a new key is made and replaces it.
import { rotateMasterKey } from '@venskab/platform/codec/rotate-master-key';
import { ConfigError, effectiveDatabaseUrl, loadConfig, masterKeySetting } from '@venskab/platform/config/config';
import { createReadModelDataSource } from '@venskab/read-model/data-source';

async function main(): Promise<void> {
  const config = loadConfig();
  const problems: string[] = [];
  const newKey = masterKeySetting(process.env, 'VENSKAB_NEW_MASTER_KEY', problems);
  if (problems.length > 0) throw new ConfigError(problems.join('; '));
  const dataSource = createReadModelDataSource(effectiveDatabaseUrl(config));
  await dataSource.initialize();
  try {
    const rotation = await rotateMasterKey(config, dataSource, newKey);
    console.log(`rewrapped ${rotation.rewrapped} data keys (${rotation.unchanged} already under the new key ${rotation.newMasterKeyId}). ${rotation.nextStep}`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError || error instanceof Error ? error.message : error);
  process.exit(1);
});
