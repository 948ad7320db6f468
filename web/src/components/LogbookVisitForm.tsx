import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newIdempotencyKey, withIdempotencyKey } from '../api/client';
import { sendJourneyCommand } from '../api/endpoints';
import { CANCELLED_BY, JOURNEY_LIMITS, VISIT_OUTCOMES } from '../domain';
import type { CancelledBy, VisitOutcome } from '../domain';
import { useDraft } from '../hooks';
import { useServerProblems } from '../journey/use-server-problems';
import { ErrorNotice } from './ErrorNotice';
import { Field } from './Field';

interface EntryDraft {
  visit: VisitOutcome;
  cancelledBy: CancelledBy | '';
  note: string;
  concern: boolean;
  /** One per entry, kept until the server accepted it: sending again after a lost answer writes it once. */
  submissionKey: string;
}

const newEntry = (): EntryDraft => ({ visit: 'held', cancelledBy: '', note: '', concern: false, submissionKey: newIdempotencyKey() });
const NOTE_LIMIT = JOURNEY_LIMITS.logbookNote;

/** What the form itself refuses to send, by field (the server checks the same limits again). */
function problemsOf(draft: EntryDraft): Partial<Record<'cancelledBy' | 'note', string>> {
  const note = draft.note.trim();
  return {
    ...(draft.visit === 'cancelled' && draft.cancelledBy === '' ? { cancelledBy: 'logbook.cancelledByMissing' } : {}),
    ...(note.length < NOTE_LIMIT.minLength ? { note: 'logbook.noteMissing' } : note.length > NOTE_LIMIT.maxLength ? { note: 'fieldProblem.tooLong' } : {}),
  };
}

/**
 * The family's entry about one visit, phone-sized: held or cancelled (and by whom) as large choices,
 * a few words that must be written, a worry. Kept as a draft of this visit until the server has it.
 */
export function LogbookVisitForm({
  journeyId,
  week,
  visitLabel,
  onEdited,
  onSaved,
}: {
  journeyId: string;
  week: number;
  visitLabel: string;
  /** The person started on this visit: the page keeps it chosen. */
  onEdited: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft, clearDraft] = useDraft<EntryDraft>(`logbook.${journeyId}.${week}`, newEntry);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [triedToSend, setTriedToSend] = useState(false);
  const server = useServerProblems(error);
  const problems = problemsOf(draft);
  const errorsOf = (name: 'cancelledBy' | 'note') => {
    const own = triedToSend && problems[name] ? [t(problems[name]!, { max: NOTE_LIMIT.maxLength })] : [];
    return [...own, ...server.errorsOf(name)];
  };
  const edit = (change: Partial<EntryDraft>) => {
    setDraft({ ...draft, ...change });
    Object.keys(change).forEach(server.fieldChanged);
    onEdited();
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTriedToSend(true);
    if (Object.keys(problems).length > 0) return;
    setBusy(true);
    try {
      const body = {
        week,
        visit: draft.visit,
        ...(draft.visit === 'cancelled' ? { cancelledBy: draft.cancelledBy } : {}),
        note: draft.note.trim(),
        concern: draft.concern,
      };
      await withIdempotencyKey(draft.submissionKey, () => sendJourneyCommand(journeyId, 'WriteLogbookEntry', body));
      clearDraft();
      onSaved();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  const cancelledByErrors = errorsOf('cancelledBy');
  return (
    <form onSubmit={submit} noValidate className="logbook-visit" data-week={week}>
      <h2>{visitLabel}</h2>
      <fieldset className="choice-cards">
        <legend>{t('logbook.visit')}</legend>
        {VISIT_OUTCOMES.map((value) => (
          <label key={value} className="choice-card">
            <input type="radio" name="visit" value={value} checked={draft.visit === value} onChange={() => edit({ visit: value })} />
            {t(`option.visit.${value}`)}
          </label>
        ))}
      </fieldset>
      {draft.visit === 'cancelled' && (
        <fieldset className={`choice-cards${cancelledByErrors.length > 0 ? ' field-invalid' : ''}`} aria-describedby={cancelledByErrors.length > 0 ? 'cancelled-by-error' : undefined}>
          <legend>{t('logbook.cancelledBy')}</legend>
          {CANCELLED_BY.map((value) => (
            <label key={value} className="choice-card">
              <input type="radio" name="cancelledBy" value={value} checked={draft.cancelledBy === value} onChange={() => edit({ cancelledBy: value })} />
              {t(`option.cancelledBy.${value}`)}
            </label>
          ))}
          {cancelledByErrors.length > 0 && (
            <p className="field-error" id="cancelled-by-error" role="alert">
              {cancelledByErrors.join(' ')}
            </p>
          )}
        </fieldset>
      )}
      <Field label={t('logbook.note')} hint={t('logbook.noteHint')} errors={errorsOf('note')}>
        {(props) => <textarea {...props} name="note" rows={5} value={draft.note} onChange={(e) => edit({ note: e.target.value })} />}
      </Field>
      <div className="concern-box">
        <label className="big-target">
          <input type="checkbox" name="concern" aria-describedby="concern-explained" checked={draft.concern} onChange={(e) => edit({ concern: e.target.checked })} />{' '}
          {t('logbook.concern')}
        </label>
        <p id="concern-explained" className="hint">
          {t('logbook.concernExplained')}
        </p>
      </div>
      <ErrorNotice error={error} />
      <button type="submit" disabled={busy} className="wide">
        {t('logbook.submit')}
      </button>
    </form>
  );
}
