/** The shared words of the family's path: the domain checks them, the API accepts them, the UI offers them. */

/** What the family does after a match ends: take a new child, or rest for a while. */
export const AFTER_MATCH = ['available', 'paused'] as const;
export type AfterMatch = (typeof AFTER_MATCH)[number];

/** How a coordinator's note should weigh on matching: the family's energy and fit as the coordinator sees it. */
export const NOTE_SENTIMENTS = ['positive', 'neutral', 'negative'] as const;
export type NoteSentiment = (typeof NOTE_SENTIMENTS)[number];
