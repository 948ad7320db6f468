/** The master key of every integration test's data keys (tests share one database per run); public on purpose, it guards only test data. */
export const TEST_MASTER_KEY = '7e5b1c0d9a8f4e3b2a1908f7e6d5c4b3a29180f7e6d5c4b3a2918070e6d5c4b3';
