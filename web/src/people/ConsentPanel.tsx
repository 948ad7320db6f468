import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sendJourneyCommand } from '../api/endpoints';
import { ApiError } from '../api/client';
import { Alert, ErrorNotice } from '../components/ErrorNotice';
import { Field } from '../components/Field';
import { COMMAND_RULES, JOURNEY_LIMITS } from '../domain';
import type { JourneyStage } from '../domain';

/**
 * A parent's say over the course: giving consent while the referral waits for it (naming everyone
 * with custody), or withdrawing it later — after being told plainly what that means.
 */
export function ConsentPanel({ journeyId, stage, withdrawn, parentName, onChanged }: { journeyId: string; stage: JourneyStage; withdrawn: boolean; parentName: string; onChanged: () => void }) {
  if (stage === 'awaiting_consent') return <GiveConsentForm journeyId={journeyId} parentName={parentName} onChanged={onChanged} />;
  if (!withdrawn && COMMAND_RULES.WithdrawConsent.stages.includes(stage)) return <WithdrawConsentForm journeyId={journeyId} onChanged={onChanged} />;
  return null;
}

function GiveConsentForm({ journeyId, parentName, onChanged }: { journeyId: string; parentName: string; onChanged: () => void }) {
  const { t } = useTranslation();
  const limits = JOURNEY_LIMITS.custodyHolders;
  const [holders, setHolders] = useState<string[]>([parentName]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const named = holders.map((holder) => holder.trim()).filter(Boolean);
  const headingId = `consent-${journeyId}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      await sendJourneyCommand(journeyId, 'GiveConsent', { custodyHolders: named });
      setError(null);
      onChanged();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby={headingId} className="consent">
      <h3 id={headingId}>{t('parentHome.giveConsent')}</h3>
      <p>{t('parentHome.giveConsentExplained')}</p>
      <fieldset>
        <legend className="form-label">{t('parentHome.custodyHolders')}</legend>
        {holders.map((holder, index) => (
          <Field key={index} label={t('parentHome.custodyHolderN', { n: index + 1 })}>
            {(props) => (
              <input
                {...props}
                maxLength={limits.items.maxLength}
                value={holder}
                onChange={(e) => setHolders(holders.map((value, at) => (at === index ? e.target.value : value)))}
              />
            )}
          </Field>
        ))}
        {holders.length < limits.maxItems && (
          <button type="button" className="button button-secondary" onClick={() => setHolders([...holders, ''])}>
            {t('parentHome.addCustodyHolder')}
          </button>
        )}
      </fieldset>
      {error instanceof ApiError && error.status === 400 ? (
        <Alert variant="error">
          <p>{t('parentHome.custodyHoldersMissing')}</p>
        </Alert>
      ) : <ErrorNotice error={error} />}
      <button type="submit" className="button button-primary wide" disabled={busy || named.length < limits.minItems}>
        {t('parentHome.giveConsentSubmit')}
      </button>
    </form>
  );
}

function WithdrawConsentForm({ journeyId, onChanged }: { journeyId: string; onChanged: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [checked, setChecked] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const reasonMissing = reason.trim() === '';

  async function submit(event: FormEvent) {
    event.preventDefault();
    setChecked(true);
    if (reasonMissing) return;
    setBusy(true);
    try {
      await sendJourneyCommand(journeyId, 'WithdrawConsent', { withdrawnBy: 'custody_holders', reason: reason.trim() });
      setError(null);
      setOpen(false);
      onChanged();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  if (!open) {
    return (
      <button type="button" className="button button-secondary" onClick={() => setOpen(true)}>
        {t('parentHome.withdraw')}
      </button>
    );
  }
  return (
    <form onSubmit={submit} noValidate className="confirm" aria-labelledby={`withdraw-${journeyId}`}>
      <h3 id={`withdraw-${journeyId}`}>{t('parentHome.withdraw')}</h3>
      <p>{t('parentHome.withdrawMeans')}</p>
      <Field label={t('parentHome.withdrawReason')} errors={checked && reasonMissing ? [t('parentHome.withdrawReasonMissing')] : undefined}>
        {(props) => <textarea {...props} rows={3} maxLength={JOURNEY_LIMITS.reason.maxLength} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      <ErrorNotice error={error} />
      <button type="submit" className="button button-warning" disabled={busy}>
        {t('parentHome.withdrawConfirm')}
      </button>{' '}
      <button type="button" className="button button-secondary" onClick={() => setOpen(false)}>
        {t('people.cancel')}
      </button>
    </form>
  );
}
