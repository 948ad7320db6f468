/** How lists of those who wait can be ordered: by how long they have waited. */
export const WAIT_ORDERS = ['longest_wait_first', 'shortest_wait_first'] as const;
export type WaitOrder = (typeof WAIT_ORDERS)[number];

/** Longest wait first means the earliest start first. */
export function waitingSinceDirection(order: WaitOrder): 'ASC' | 'DESC' {
  return order === 'longest_wait_first' ? 'ASC' : 'DESC';
}

/** Whole programme days between the start of a wait and now. */
export function daysWaited(since: Date, now: Date, dayLengthMs: number): number {
  return Math.max(0, Math.floor((now.getTime() - since.getTime()) / dayLengthMs));
}
