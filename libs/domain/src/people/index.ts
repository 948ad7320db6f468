export * from './people-rules';
