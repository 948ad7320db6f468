export * from './waiting-forecast';
export * from './waiting-situation';
