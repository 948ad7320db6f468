import { useTranslation } from 'react-i18next';
import { sendJourneyCommand } from '../api/endpoints';
import type { JourneyView } from '../api/types';
import type { JourneyCommandType } from '../domain';
import { formatDate } from '../format';
import { COMMAND_FORMS } from './command-forms';
import { CommandForm } from './CommandForm';

/**
 * The closure as one guided flow for the coordinator: first whether the child is offered a new family
 * (and the child's side's answer), then the goodbye, which ends the journey. The domain refuses the
 * goodbye while a new family can still be offered, so the order cannot lose the rematch.
 */
export function ClosureSection({ view, onChanged }: { view: JourneyView; onChanged: () => void }) {
  const { t } = useTranslation();
  const { state, allowedCommands } = view;
  const closure = state.closure;
  const allows = (type: JourneyCommandType) => allowedCommands.includes(type);
  const form = (type: JourneyCommandType) => (
    <details key={type} className="details action">
      <summary className="details-summary">{t(`command.${type}.title`)}</summary>
      <div className="details-text">
        <CommandForm type={type} fields={COMMAND_FORMS[type]!} send={(body) => sendJourneyCommand(state.journeyId, type, body)} onDone={onChanged} />
      </div>
    </details>
  );

  if (state.stage === 'closed' && closure) {
    const at = formatDate(state.stageEnteredAt.closed);
    return (
      <section aria-labelledby="closure-heading" data-testid="closure">
        <h2 id="closure-heading">{t('closure.heading')}</h2>
        <p>{closure.afterFriendshipMeeting ? t('closure.endedWithGoodbye', { at }) : t('closure.ended', { at })}</p>
        <p>{t('closure.reason', { reason: t(`option.closureReason.${closure.reason}`) })}</p>
        {allows('WithdrawConsent') && <p className="hint">{t('closure.consentAfterEnd')}</p>}
      </section>
    );
  }
  if (state.stage !== 'closing' || !closure) {
    return allows('RequestClosure') ? (
      <section aria-labelledby="closure-heading" data-testid="closure">
        <h2 id="closure-heading">{t('closure.heading')}</h2>
        {form('RequestClosure')}
      </section>
    ) : null;
  }
  return (
    <section aria-labelledby="closure-heading" data-testid="closure">
      <h2 id="closure-heading">{t('closure.heading')}</h2>
      <p>{t('closure.reason', { reason: t(`option.closureReason.${closure.reason}`) })}</p>
      <h3>{t('closure.stepRematch')}</h3>
      {allows('OfferRematch') ? (
        <>
          <p>{t('closure.mustOffer')}</p>
          {form('OfferRematch')}
        </>
      ) : closure.rematchOffer === 'offered' ? (
        <>
          <p>{t('closure.offerPending')}</p>
          {form('AcceptRematch')}
          {form('DeclineRematch')}
        </>
      ) : (
        <p>{closure.rematchOffer === 'declined' ? t('closure.offerDeclined') : t('closure.noRematch')}</p>
      )}
      <h3>{t('closure.stepGoodbye')}</h3>
      {allows('RecordGoodbye') ? (
        <>
          <p>{t('closure.goodbyeHint')}</p>
          {form('RecordGoodbye')}
        </>
      ) : (
        <p>{t('closure.goodbyeWaits')}</p>
      )}
    </section>
  );
}
