import { BadRequestException } from '@nestjs/common';

/** Family and journey ids are UUIDs, or 32 hex digits when derived from an idempotency key. */
const WORKFLOW_ENTITY_ID = /^([0-9a-f]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/** Checks an id from the path before it becomes part of a workflow id. */
export function entityIdParam(value: string, name: 'familyId' | 'journeyId'): string {
  if (!WORKFLOW_ENTITY_ID.test(value)) throw new BadRequestException({ message: [`${name} must be an id (UUID)`] });
  return value;
}
