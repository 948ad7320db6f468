/** What a workflow hands to its next run when it continues as new: its events, and how many of them the read model has. */
export interface CarriedHistory<Event> {
  events: Event[];
  projectedCount: number;
}
