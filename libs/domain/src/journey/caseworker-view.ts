import { JourneyEvent } from './events';
import { isMilestone } from './milestones';
import { JourneyStage } from './stages';
import { JourneyState } from './state';
import { ClosureReason } from './vocabulary';

/** One milestone as the caseworker sees it: what happened and when, without anyone's notes. */
export interface SharedMilestone {
  type: JourneyEvent['type'];
  at: string;
  /** Only for an ending: the reason from the fixed list. */
  closureReason?: ClosureReason;
}

/** What the municipality's caseworker may know of a journey (domain.md, "What may be shared"). */
export interface CaseworkerJourneyView {
  journeyId: string;
  stage: JourneyStage;
  milestones: SharedMilestone[];
}

function shared(event: JourneyEvent): SharedMilestone {
  const base = { type: event.type, at: event.at };
  if (event.type === 'ClosureRequested' || event.type === 'JourneyClosed') return { ...base, closureReason: event.reason };
  return base;
}

/** A notification to the municipality is owed by law, consent or not; it is the one thing shared after a withdrawal. */
function isNotification(event: JourneyEvent): boolean {
  return event.type === 'ConcernAssessed' && event.outcome === 'notification_to_municipality';
}

/**
 * Milestones only, stripped of free text: coordinators' notes, review experiences and logbook
 * text stay with the organisation. After consent is withdrawn sharing stops, except notifications.
 */
export function caseworkerView(state: JourneyState, events: JourneyEvent[]): CaseworkerJourneyView {
  const withdrawnAt = events.findIndex((event) => event.type === 'ConsentWithdrawn');
  const visible = events.filter((event, index) => withdrawnAt === -1 || index <= withdrawnAt || isNotification(event));
  return { journeyId: state.journeyId, stage: state.stage, milestones: visible.filter(isMilestone).map(shared) };
}
