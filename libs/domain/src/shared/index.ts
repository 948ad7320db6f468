export * from './actor';
export * from './field-limits';
export * from './notice';
export * from './one-of';
export * from './refusal';
export * from './refusal-codes';
export * from './setting-problem';
export * from './time';
