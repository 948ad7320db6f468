import { useTranslation } from 'react-i18next';
import { sendJourneyCommand } from '../api/endpoints';
import { CANCELLED_BY, JOURNEY_LIMITS, VISIT_OUTCOMES } from '../domain';
import type { CancelledBy, VisitOutcome } from '../domain';
import { useDraftSubmission } from '../forms/use-draft-submission';
import { useServerProblems } from '../journey/use-server-problems';
import { Checkbox, Radio } from './Choice';
import { ErrorNotice } from './ErrorNotice';
import { ErrorSummary } from './ErrorSummary';
import { Field } from './Field';

interface EntryDraft {
  visit: VisitOutcome;
  cancelledBy: CancelledBy | '';
  note: string;
  concern: boolean;
}

const newEntry = (): EntryDraft => ({ visit: 'held', cancelledBy: '', note: '', concern: false });
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
  const {
    values: draft,
    setValues,
    error,
    busy,
    triedToSend,
    submit,
  } = useDraftSubmission<EntryDraft, unknown>(`logbook.${journeyId}.${week}`, newEntry, {
    hasProblems: (entry) => Object.keys(problemsOf(entry)).length > 0,
    send: (entry) =>
      sendJourneyCommand(journeyId, 'WriteLogbookEntry', {
        week,
        visit: entry.visit,
        ...(entry.visit === 'cancelled' ? { cancelledBy: entry.cancelledBy } : {}),
        note: entry.note.trim(),
        concern: entry.concern,
      }),
    onSent: onSaved,
  });
  const server = useServerProblems(error);
  const problems = problemsOf(draft);
  const errorsOf = (name: 'cancelledBy' | 'note') => {
    const own = triedToSend && problems[name] ? [t(problems[name]!, { max: NOTE_LIMIT.maxLength })] : [];
    return [...own, ...server.errorsOf(name)];
  };
  const edit = (change: Partial<EntryDraft>) => {
    setValues({ ...draft, ...change });
    Object.keys(change).forEach(server.fieldChanged);
    onEdited();
  };

  const cancelledByErrors = errorsOf('cancelledBy');
  return (
    <form onSubmit={submit} noValidate className="logbook-visit" data-week={week}>
      <h2>{visitLabel}</h2>
      {triedToSend && (
        <ErrorSummary
          problems={Object.entries(problems).map(([name, key]) => ({
            name,
            label: t(`logbook.${name}`),
            message: t(key, { max: NOTE_LIMIT.maxLength }),
          }))}
        />
      )}
      <fieldset className="form-group choice-cards">
        <legend className="form-label">{t('logbook.visit')}</legend>
        {VISIT_OUTCOMES.map((value) => (
          <Radio key={value} name="visit" value={value} checked={draft.visit === value} onChange={() => edit({ visit: value })} label={t(`option.visit.${value}`)} />
        ))}
      </fieldset>
      {draft.visit === 'cancelled' && (
        <fieldset
          className={`form-group choice-cards${cancelledByErrors.length > 0 ? ' form-error' : ''}`}
          aria-describedby={cancelledByErrors.length > 0 ? 'cancelled-by-error' : undefined}
        >
          <legend className="form-label">{t('logbook.cancelledBy')}</legend>
          {cancelledByErrors.length > 0 && (
            <span className="form-error-message" id="cancelled-by-error" role="alert">
              {cancelledByErrors.join(' ')}
            </span>
          )}
          {CANCELLED_BY.map((value) => (
            <Radio
              key={value}
              name="cancelledBy"
              value={value}
              checked={draft.cancelledBy === value}
              onChange={() => edit({ cancelledBy: value })}
              label={t(`option.cancelledBy.${value}`)}
            />
          ))}
        </fieldset>
      )}
      <Field label={t('logbook.note')} hint={t('logbook.noteHint')} errors={errorsOf('note')}>
        {(props) => <textarea {...props} name="note" rows={5} value={draft.note} onChange={(e) => edit({ note: e.target.value })} />}
      </Field>
      <div className="form-group concern-box">
        <Checkbox name="concern" aria-describedby="concern-explained" checked={draft.concern} onChange={(e) => edit({ concern: e.target.checked })} label={t('logbook.concern')} />
        <span id="concern-explained" className="form-hint">
          {t('logbook.concernExplained')}
        </span>
      </div>
      <ErrorNotice error={error} />
      <button type="submit" className="button button-primary wide" disabled={busy}>
        {t('logbook.submit')}
      </button>
    </form>
  );
}
