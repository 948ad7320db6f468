/** Family and journey ids are UUIDs, or 32 hex digits when derived from an idempotency key. */
export const ENTITY_ID = /^([0-9a-f]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;
