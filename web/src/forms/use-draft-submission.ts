import { FormEvent, useState } from 'react';
import { newIdempotencyKey, withIdempotencyKey } from '../api/client';
import { useDraft } from '../hooks';

/** What was typed and the key of its one submission: both kept until the server accepted it. */
interface Submission<V> {
  values: V;
  submissionKey: string;
}

export interface DraftSubmission<V> {
  values: V;
  setValues: (values: V) => void;
  /** The server's last refusal or a network error; null once a send succeeds. */
  error: unknown;
  busy: boolean;
  /** A send was tried: each field's own problem shows from now on, touched or not. */
  triedToSend: boolean;
  submit: (event: FormEvent) => Promise<void>;
}

/**
 * A form's values as a draft that survives a reload and a new sign-in (see useDraft), sent under one
 * Idempotency-Key per draft: pressing send again after a network error or an ended session repeats
 * the same submission, which the server applies once. Nothing is sent while `hasProblems` says the
 * form itself would refuse it; a successful send empties the draft (with a fresh key) and hands the
 * answer to `onSent`.
 */
export function useDraftSubmission<V extends object, R>(
  draftKey: string,
  fresh: () => V,
  { hasProblems, send, onSent }: { hasProblems: (values: V) => boolean; send: (values: V) => Promise<R>; onSent: (answer: R) => void },
): DraftSubmission<V> {
  const [draft, setDraft, clearDraft] = useDraft<Submission<V>>(draftKey, () => ({ values: fresh(), submissionKey: newIdempotencyKey() }));
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [triedToSend, setTriedToSend] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTriedToSend(true);
    if (hasProblems(draft.values)) return;
    setBusy(true);
    try {
      const answer = await withIdempotencyKey(draft.submissionKey, () => send(draft.values));
      clearDraft();
      setTriedToSend(false);
      setError(null);
      onSent(answer);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return { values: draft.values, setValues: (values) => setDraft({ ...draft, values }), error, busy, triedToSend, submit };
}
