import { isMilestone } from '@venskab/domain/journey';
import type { Instant, JourneyEventType, Role } from '@venskab/domain/journey';
import { describeJourneyEvent, TimelineKind } from './describe-journey-event';
import type { SequencedJourneyEvent } from './journey-history-contents';
import { FamilyNames, timelineDetails, TimelineDetails } from './timeline-details';

/** Who acted: the recorded actor, and the name the person goes by when the people register knows them. */
export interface TimelineActor {
  userId: string;
  role: Role;
  displayName?: string;
}

/** One line of a journey's audit timeline. */
export interface TimelineEntry {
  sequence: number;
  at: Instant;
  who: TimelineActor;
  type: JourneyEventType;
  kind: TimelineKind;
  /** Whether the caseworker may see this event (the sharing rule, shown so an auditor can check it). */
  milestone: boolean;
  /** One English sentence, for the command line and the audit log. */
  description: string;
  reason?: string;
  /** The event's own recorded fields as codes and values, for a reader's own language. */
  details: TimelineDetails;
}

/** The names a reader knows people and families by; without them the timeline shows codes and roles only. */
export interface ReadableNames {
  personName: (userId: string) => string | undefined;
  familyName: FamilyNames;
}

const NO_NAMES: ReadableNames = { personName: () => undefined, familyName: () => undefined };

export function journeyTimeline(events: SequencedJourneyEvent[], names: ReadableNames = NO_NAMES): TimelineEntry[] {
  return events.map(({ sequence, event }) => {
    const { sentence, kind, reason } = describeJourneyEvent(event);
    // The system is no person: it has no name to show.
    const displayName = event.actor.role === 'system' ? undefined : names.personName(event.actor.userId);
    return {
      sequence,
      at: event.at,
      who: { userId: event.actor.userId, role: event.actor.role, ...(displayName ? { displayName } : {}) },
      type: event.type,
      kind,
      milestone: isMilestone(event),
      description: sentence,
      ...(reason ? { reason } : {}),
      details: timelineDetails(event, names.familyName),
    };
  });
}
