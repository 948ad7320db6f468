import type { JourneyEvent, WellbeingMeasurement } from '@venskab/domain/journey';

/** A detail's value: a code (translated by the reader), a number, a yes/no, a free text someone wrote, an instant, or a list or measurement of those. */
export type TimelineDetailValue = string | number | boolean | string[] | WellbeingMeasurement;

/**
 * What the event itself recorded, keyed by what each value is: codes stay codes (the UI translates
 * them), free texts are the person's own words. Ids a person cannot read (families, concerns,
 * tasks) are left out; a family is named by its display name instead.
 */
export type TimelineDetails = Record<string, TimelineDetailValue>;

/** Looks up the name a family goes by; undefined when the read model does not know it. */
export type FamilyNames = (familyId: string) => string | undefined;

type Maybe = Record<string, TimelineDetailValue | null | undefined>;

/** Leaves out what the event did not record, so a reader sees only what was written or decided. */
function present(fields: Maybe): TimelineDetails {
  return Object.fromEntries(Object.entries(fields).filter((entry): entry is [string, TimelineDetailValue] => entry[1] !== undefined && entry[1] !== null && entry[1] !== ''));
}

function fields(event: JourneyEvent, familyName: FamilyNames): Maybe {
  const family = 'familyId' in event ? { familyName: familyName(event.familyId) } : {};
  switch (event.type) {
    case 'ChildReferred': {
      const { age, legalBasis, caseworkerUnit, situation, needs, interests } = event.child;
      return { age, legalBasis, caseworkerUnit, situation, needs, interests };
    }
    case 'ConsentGiven':
      return { custodyHolders: event.custodyHolders, note: event.note };
    case 'ConsentRefused':
      return { refusedBy: event.refusedBy, note: event.note };
    case 'ConsentWithdrawn':
      return { withdrawnBy: event.withdrawnBy, reason: event.reason };
    case 'ScreeningVisitHeld': {
      const profile = event.matchingProfile;
      return { baseline: event.baseline, homeDistrict: profile?.homeDistrict, weekdaysPossible: profile?.weekdaysPossible, childNeeds: profile?.needs, note: event.note };
    }
    case 'MatchProposed':
      return { ...family, note: event.note };
    case 'MatchAccepted':
      return { ...family, side: event.side };
    case 'MatchDeclined':
      return { ...family, side: event.side, reason: event.reason };
    case 'MatchMade':
      // Counted from 1 for people; the domain counts matches from 0.
      return { ...family, matchNumber: event.matchNumber + 1 };
    case 'FriendshipMeetingScheduled':
      return { ...family, scheduledFor: event.scheduledFor };
    case 'FriendshipMeetingHeld':
      return { ...family, weekday: event.agreement.weekday, pickUp: event.agreement.pickUp, return: event.agreement.return, note: event.note };
    case 'FriendshipMeetingFailed':
      return { ...family, reason: event.reason };
    case 'LogbookEntryWritten':
      return { ...family, week: event.week, visitDate: event.visitDate, visit: event.visit, cancelledBy: event.cancelledBy, concern: event.concern, note: event.note };
    case 'StabilityAlertRaised':
      return { week: event.week, stabilityRules: event.rules, cancellationsInARow: event.cancellationsInARow, cancellationsInWindow: event.cancellationsInWindow };
    case 'VisitsPaused':
      return { pauseReason: event.reason, note: event.note };
    case 'VisitsResumed':
    case 'LogbooksScreened':
    case 'RematchOffered':
    case 'RematchDeclined':
      return { note: event.note };
    case 'SupervisionRecorded':
      return { session: event.session, sessionOutcome: event.outcome, note: event.note };
    case 'FollowUpRecorded':
      return { round: event.round, followUpWith: event.with, sessionOutcome: event.outcome, note: event.note };
    case 'ConcernRaised':
      // A concern from the logbook carries the system's own English sentence; the family's words are in the logbook entry.
      return {
        concernSource: event.source,
        logbookWeek: event.logbookWeek,
        ...(event.source === 'logbook' ? {} : { description: event.description }),
        assessmentDueAt: event.assessmentDueAt,
      };
    case 'ConcernAssessed':
      return { concernOutcome: event.outcome, note: event.note };
    case 'OneYearReviewHeld': {
      const { wishesToContinue: wishes, experiences } = event;
      return {
        after: event.after,
        childWishesToContinue: wishes.child,
        parentsWishToContinue: wishes.parents,
        familyWishesToContinue: wishes.family,
        childExperiences: experiences?.child,
        parentsExperiences: experiences?.parents,
        familyExperiences: experiences?.family,
      };
    }
    case 'FutureAgreementRecorded':
      return { form: event.form, note: event.note };
    case 'ClosureRequested':
      return { closureReason: event.reason, note: event.note };
    case 'JourneyClosed':
      return { closureReason: event.reason, goodbyeHeld: event.goodbyeHeld, note: event.note };
    case 'RematchAccepted':
      return { rematchCount: event.rematchCount, note: event.note };
    case 'BridgeBuildingRecorded':
      return { movedOnToOrganisedLeisure: event.movedOnToOrganisedLeisure, activity: event.activity };
    case 'PostEndMeasurementRecorded':
      return event.measurement ? { measurement: event.measurement, note: event.note } : { measurementDeclined: true, note: event.note };
    case 'FamilyWithdrew':
      return { ...family, reason: event.reason };
    case 'ReminderFired':
      // The summary is an English sentence for logs; the kind says the same as a code.
      return { reminder: event.reminder, assigneeRole: event.assigneeRole, dueAt: event.dueAt };
    case 'ReferralLapsed':
    case 'PostEndMeasurementExpired':
      return {};
  }
}

export function timelineDetails(event: JourneyEvent, familyName: FamilyNames): TimelineDetails {
  return present(fields(event, familyName));
}
