/**
 * The outbox as the e-mail sender reads and marks it. Rows are claimed with FOR UPDATE SKIP LOCKED
 * inside the sender's transaction, so two workers never send the same row at once.
 */
export const CLAIM_DUE_NOTIFICATIONS_SQL = `
SELECT notification_id AS "notificationId", attempts
FROM notification_outbox
WHERE sent_at IS NULL AND (next_attempt_at IS NULL OR next_attempt_at <= now())
ORDER BY created_at, notification_id
LIMIT $1
FOR UPDATE SKIP LOCKED`;

/**
 * The addresses of the active people a notification reaches: its one person, or for a role (no
 * person named) everyone in a role notified as a whole ($2), a volunteer family's adults, or the
 * parents of the journey's child. A caseworker's row without a person reaches nobody.
 */
export const RECIPIENT_ADDRESSES_SQL = `
SELECT DISTINCT p.email
FROM notification_outbox n
LEFT JOIN journeys j ON j.journey_id = n.journey_id
JOIN people p ON p.active AND p.email IS NOT NULL AND (
  p.person_id = n.recipient_person_id
  OR (n.recipient_person_id IS NULL AND p.role = n.recipient_role AND (
    p.role = ANY($2::text[])
    OR (p.role = 'volunteer_family' AND p.family_id = coalesce(j.family_id, n.family_id))
    OR (p.role = 'parent' AND n.journey_id = ANY(p.journey_ids))
  ))
)
WHERE n.notification_id = $1
ORDER BY p.email`;

export const MARK_SENT_SQL = `
UPDATE notification_outbox SET sent_at = now(), attempts = attempts + 1, next_attempt_at = NULL, last_error = NULL
WHERE notification_id = $1`;

/** Nobody it reaches has an e-mail address: done without an e-mail (it still shows in the inbox). */
export const MARK_UNADDRESSED_SQL = `
UPDATE notification_outbox SET sent_at = now(), next_attempt_at = NULL, last_error = 'no_recipient_address'
WHERE notification_id = $1`;

export const MARK_FAILED_SQL = `
UPDATE notification_outbox SET attempts = attempts + 1, last_error = $2, next_attempt_at = now() + $3 * interval '1 millisecond'
WHERE notification_id = $1`;
