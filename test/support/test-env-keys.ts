/** Environment variables through which the global setup tells the test files where everything runs. */
export const TEST_ENV_KEYS = {
  databaseUrl: 'VENSKAB_TEST_DATABASE_URL',
  temporalAddress: 'VENSKAB_TEST_TEMPORAL_ADDRESS',
  workflowBundle: 'VENSKAB_TEST_WORKFLOW_BUNDLE',
  temporalCli: 'TEMPORAL_CLI_PATH',
} as const;

export function testEnv(key: keyof typeof TEST_ENV_KEYS): string {
  const value = process.env[TEST_ENV_KEYS[key]];
  if (!value) throw new Error(`${TEST_ENV_KEYS[key]} is not set: integration tests run through jest's global setup (npm test).`);
  return value;
}
