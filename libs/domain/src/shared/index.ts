export * from './actor';
export * from './refusal';
export * from './time';
