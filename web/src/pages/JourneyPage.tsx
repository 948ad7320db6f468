import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { familyDisplayName, getFamily, sendJourneyCommand, getJourney, getJourneyRow, getTimeline } from '../api/endpoints';
import type { CaseworkerView, JourneyRow, JourneyView } from '../api/types';
import { ErrorNotice, Loading } from '../components/ErrorNotice';
import { COMMAND_RULES, COMMAND_TYPES, reviewOpensAt } from '../domain';
import type { JourneyCommandType, JourneyStage, Role } from '../domain';
import { formatDate, formatDateTime } from '../format';
import { useLoad } from '../hooks';
import { ACTIONS_ELSEWHERE, COMMAND_FORMS } from '../journey/command-forms';
import { ActionList } from '../journey/ActionList';
import { CLOSURE_COMMANDS } from '../journey/closure-commands';
import { ClosureSection } from '../journey/ClosureSection';
import { CommandForm } from '../journey/CommandForm';
import { StageBar } from '../journey/StageBar';
import { TimelineList } from '../journey/Timeline';
import { logbookEntryDay } from '../journey/visit-day';
import { WellbeingChart } from '../journey/WellbeingChart';
import { FamilyChildCard } from '../people/FamilyChildCard';
import { LinkedPeopleSection } from '../people/LinkedPeopleSection';
import { useSession } from '../session';
import type { FamilyJourneyView } from '@venskab/domain/journey/family-view';

/** The actions this role may take now: the server's list where it gives one, else the stage rules. */
function actionsFor(role: Role, stage: JourneyStage, allowed?: JourneyCommandType[]): JourneyCommandType[] {
  return (allowed ?? COMMAND_TYPES.filter((type) => COMMAND_RULES[type].stages.includes(stage))).filter(
    (type) => COMMAND_RULES[type].roles.includes(role) && !ACTIONS_ELSEWHERE.includes(type) && COMMAND_FORMS[type],
  );
}

export function JourneyPage() {
  const { t } = useTranslation();
  const { journeyId = '' } = useParams();
  const session = useSession()!;
  const role = session.identity.role;
  const journey = useLoad(
    async () => {
      const [view, row] = await Promise.all([getJourney(journeyId), getJourneyRow(journeyId).catch(() => null)]);
      return { view, row };
    },
    [journeyId],
  );
  const seesTimeline = role === 'coordinator' || role === 'auditor';
  const timeline = useLoad(() => (seesTimeline ? getTimeline(journeyId) : Promise.resolve(null)), [journeyId, seesTimeline, journey.data?.view]);

  if (journey.loading && !journey.data) return <Loading />;
  if (!journey.data) return <ErrorNotice error={journey.error} />;
  const { view, row } = journey.data;
  // A journey just started is in the read model a moment later; until then it has no label to show.
  const title = row ? t('journey.title', { label: row.childLabel }) : t('journey.titleUntilListed');

  if ('view' in view && view.view === 'family') return <FamilyJourney view={view as unknown as FamilyJourneyView} title={title} onChanged={journey.reload} />;
  if ('milestones' in view) return <CaseworkerJourney view={view} row={row} title={title} onChanged={journey.reload} />;
  return (
    <FullJourney view={view} row={row} title={title} role={role} onChanged={journey.reload} timeline={timeline.data?.entries ?? null} />
  );
}

function Actions({ journeyId, actions, view, onChanged }: { journeyId: string; actions: JourneyCommandType[]; view?: JourneyView; onChanged: () => void }) {
  const { t } = useTranslation();
  const openConcerns = view?.state.concerns.filter((concern) => concern.status === 'open') ?? [];
  return (
    <ActionList
      headingId="actions-heading"
      actions={actions}
      textsAt="command"
      emptyText={t('journey.noActions')}
      renderForm={(type, confirm) => (
        <>
          {type === 'RecordOneYearReview' && view && <ReviewOpensHint state={view.state} />}
          <CommandForm
            type={type}
            fields={COMMAND_FORMS[type]!}
            send={(body) => sendJourneyCommand(journeyId, type, body)}
            openConcerns={openConcerns}
            onDone={() => {
              confirm();
              onChanged();
            }}
          />
        </>
      )}
    />
  );
}

/** The review is offered all year, so say from which day it can be held while that day is still ahead. */
function ReviewOpensHint({ state }: { state: JourneyView['state'] }) {
  const { t } = useTranslation();
  const heldAt = state.match?.meeting?.heldAt;
  if (!heldAt) return null;
  const opensAt = reviewOpensAt(state.policy, heldAt);
  return Date.parse(opensAt) > Date.now() ? <p className="hint">{t('journey.reviewOpensAt', { date: formatDate(opensAt) })}</p> : null;
}

function CaseworkerJourney({ view, row, title, onChanged }: { view: CaseworkerView; row: JourneyRow | null; title: string; onChanged: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <h1>{title}</h1>
      <StageBar stage={view.stage} />
      <p className="hint">{t('journey.caseworkerSharing')}</p>
      {row && <p>{t('journey.referredAt', { at: formatDateTime(row.referredAt) })}</p>}
      <section aria-labelledby="milestones-heading">
        <h2 id="milestones-heading">{t('journey.milestones')}</h2>
        <ol className="timeline">
          {view.milestones.map((milestone, index) => (
            <li key={index}>
              <time dateTime={milestone.at}>{formatDateTime(milestone.at)}</time> <strong>{t(`event.${milestone.type}`, { defaultValue: milestone.type })}</strong>
              {milestone.closureReason && <> – {t(`option.closureReason.${milestone.closureReason}`)}</>}
            </li>
          ))}
        </ol>
      </section>
      <Actions journeyId={view.journeyId} actions={actionsFor('caseworker', view.stage)} onChanged={onChanged} />
      <ParentsSection journeyId={view.journeyId} />
    </>
  );
}

/** The volunteer family's own view of the child (what the family may see), with its actions. */
function FamilyJourney({ view, title, onChanged }: { view: FamilyJourneyView; title: string; onChanged: () => void }) {
  return (
    <>
      <h1>{title}</h1>
      <StageBar stage={view.stage} />
      <FamilyChildCard view={{ ...view, childLabel: null }} now={Date.now()} headingLevel={3} />
      <Actions journeyId={view.journeyId} actions={actionsFor('volunteer_family', view.stage, view.allowedCommands)} onChanged={onChanged} />
    </>
  );
}

/** The custody holders' accounts for the child: staff who work with the child invite them. */
function ParentsSection({ journeyId }: { journeyId: string }) {
  const { t } = useTranslation();
  return <LinkedPeopleSection role="parent" link={{ journeyId }} title={t('people.parentsTitle')} inviteTitle={t('people.inviteParent')} testId="journey-parents" />;
}

function FullJourney({
  view,
  row,
  title,
  role,
  onChanged,
  timeline,
}: {
  view: JourneyView;
  row: JourneyRow | null;
  title: string;
  role: Role;
  onChanged: () => void;
  timeline: import('../api/types').TimelineEntry[] | null;
}) {
  const { t } = useTranslation();
  const { state } = view;
  const journeyId = state.journeyId;
  return (
    <>
      <h1>{title}</h1>
      <StageBar stage={state.stage} enteredAt={state.stageEnteredAt} />
      <ul className="unstyled-list no-max-width links">
        {role === 'coordinator' && state.stage === 'matching' && (
          <li>
            <Link to={`/journeys/${journeyId}/matching`}>{t('journey.findFamily')}</Link>
          </li>
        )}
        {role === 'volunteer_family' && view.allowedCommands.includes('WriteLogbookEntry') && (
          <li>
            <Link to={`/journeys/${journeyId}/logbook`}>{t('journey.writeLogbook')}</Link>
          </li>
        )}
        {role === 'auditor' && (
          <li>
            <Link to={`/journeys/${journeyId}/audit`}>{t('journey.audit')}</Link>
          </li>
        )}
      </ul>
      <dl className="facts">
        <dt>{t('children.age')}</dt>
        <dd>{state.referral?.age ?? row?.childAge ?? '–'}</dd>
        <dt>{t('journey.consent')}</dt>
        <dd>{t(`option.consentStatus.${state.consent.status}`)}</dd>
        <dt>{t('journey.family')}</dt>
        <dd>{state.match ? <FamilyLink familyId={state.match.familyId} role={role} /> : state.proposal ? <>{t('journey.proposed')}: <FamilyLink familyId={state.proposal.familyId} role={role} /></> : '–'}</dd>
        {state.match?.meeting && (
          <>
            <dt>{t('journey.meetingHeld')}</dt>
            <dd>{formatDateTime(state.match.meeting.heldAt)}</dd>
          </>
        )}
      </dl>

      {role === 'coordinator' && <ClosureSection view={view} onChanged={onChanged} />}
      {role !== 'auditor' && (
        <Actions
          journeyId={journeyId}
          actions={actionsFor(role, state.stage, view.allowedCommands).filter((type) => role !== 'coordinator' || !CLOSURE_COMMANDS.includes(type))}
          view={view}
          onChanged={onChanged}
        />
      )}

      <section aria-labelledby="schedule-heading">
        <h2 id="schedule-heading">{t('journey.schedule')}</h2>
        {view.schedule.length === 0 ? (
          <p>{t('journey.nothingAhead')}</p>
        ) : (
          <ul className="schedule">
            {view.schedule.slice(0, 12).map((item) => (
              <li key={`${item.kind}-${item.dueAt}-${item.taskId ?? ''}`}>
                <time dateTime={item.dueAt}>{formatDateTime(item.dueAt)}</time> {t(`taskKind.${item.kind}`, { defaultValue: item.kind })} ·{' '}
                {t(`role.${item.assigneeRole}`)} {item.overdue && <span className="badge badge-error">{t('common.overdue')}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="concerns-section">
        <h2 id="concerns-section">{t('journey.concerns')}</h2>
        {state.concerns.length === 0 ? (
          <p>{t('journey.noConcerns')}</p>
        ) : (
          <ul>
            {state.concerns.map((concern) => (
              <li key={concern.concernId}>
                {formatDateTime(concern.raisedAt)} – {t(`option.concernSource.${concern.source}`)}:{' '}
                {concern.status === 'open' ? (
                  <span className="badge badge-error">{t('journey.concernOpen', { due: formatDateTime(concern.assessmentDueAt) })}</span>
                ) : (
                  <span className="badge">{t(`option.concernOutcome.${concern.outcome}`)}</span>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="logbook-heading">
        <h2 id="logbook-heading">{t('journey.logbook')}</h2>
        {state.logbook.length === 0 ? (
          <p>{t('journey.noLogbook')}</p>
        ) : (
          <ul className="bordered-list no-max-width logbook">
            {[...state.logbook].reverse().map((entry) => (
              <li key={`${entry.matchNumber}-${entry.week}`}>
                <strong>{formatDate(logbookEntryDay(state, entry))}</strong> · {t(`option.visit.${entry.visit}`)}
                {entry.cancelledBy && <> ({t(`option.cancelledBy.${entry.cancelledBy}`)})</>}
                {entry.concern && <span className="badge badge-error">{t('logbook.concernFlag')}</span>}
                <p>{entry.note}</p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="wellbeing-heading">
        <h2 id="wellbeing-heading">{t('journey.wellbeing')}</h2>
        <WellbeingChart baseline={state.baseline?.measurement ?? null} after={state.review?.after ?? null} />
      </section>

      {role === 'coordinator' && <ParentsSection journeyId={journeyId} />}

      {timeline && (
        <section aria-labelledby="timeline-heading">
          <h2 id="timeline-heading">{t('journey.timeline')}</h2>
          <TimelineList entries={timeline} />
        </section>
      )}
    </>
  );
}

/** The family by its name (asked from GET /families/:id, which the roles that see a full journey may read), linking to its page. */
function FamilyLink({ familyId, role }: { familyId: string; role: Role }) {
  const family = useLoad(() => getFamily(familyId).catch(() => null), [familyId]);
  const name = family.data ? familyDisplayName(family.data) : null;
  const text = name ?? (family.loading ? '…' : familyId);
  if (role === 'coordinator' || role === 'auditor' || role === 'volunteer_family') return <Link to={`/families/${familyId}`} data-testid="journey-family">{text}</Link>;
  return <span data-testid="journey-family">{text}</span>;
}
