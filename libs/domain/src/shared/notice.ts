import { Role } from './actor';

/** Who hears of an event, and what they read: the notification before it gets an id and a time. */
export interface Notice {
  recipientRole: Role;
  /** The event's type. */
  kind: string;
  summary: string;
}
