// The messages the workflows exchange with the API, the activities and each other: one definition for all.
export * from './journey-workflow';
export * from './family-workflow';
export * from './journey-projection';
export * from './family-projection';
export * from './projected-rows';
export * from './family-place';
export * from './carried-history';
export * from './search-attributes';
export * from './activities';
