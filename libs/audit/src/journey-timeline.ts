import { isMilestone } from '@venskab/domain/journey';
import type { Actor, Instant, JourneyEventType } from '@venskab/domain/journey';
import { describeJourneyEvent, TimelineKind } from './describe-journey-event';
import type { SequencedJourneyEvent } from './journey-history-contents';

/** One line of a journey's audit timeline. */
export interface TimelineEntry {
  sequence: number;
  at: Instant;
  who: Actor;
  type: JourneyEventType;
  kind: TimelineKind;
  /** Whether the caseworker may see this event (the sharing rule, shown so an auditor can check it). */
  milestone: boolean;
  description: string;
  reason?: string;
}

export function journeyTimeline(events: SequencedJourneyEvent[]): TimelineEntry[] {
  return events.map(({ sequence, event }) => {
    const { sentence, kind, reason } = describeJourneyEvent(event);
    return {
      sequence,
      at: event.at,
      who: event.actor,
      type: event.type,
      kind,
      milestone: isMilestone(event),
      description: sentence,
      ...(reason ? { reason } : {}),
    };
  });
}
