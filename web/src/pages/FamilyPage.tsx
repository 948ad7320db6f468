import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { familyDisplayName, getFamily, getJourney, getJourneyRow, sendFamilyCommand } from '../api/endpoints';
import { placesText } from '../family/places-text';
import type { FamilyDetail, JourneyView } from '../api/types';
import { ErrorNotice, Loading } from '../components/ErrorNotice';
import { freeCapacity, supervisionSessionCount, waitingSince } from '../domain';
import type { EndedLink, FamilyStage, FamilyState, Role } from '../domain';
import { FAMILY_COMMAND_FORMS, familyActionsFor } from '../family/family-command-forms';
import { formatDate } from '../format';
import { useLoad } from '../hooks';
import { ActionList } from '../journey/ActionList';
import { CommandForm } from '../journey/CommandForm';
import { LinkedPeopleSection } from '../people/LinkedPeopleSection';
import { useSession } from '../session';

interface LinkedJourney {
  journeyId: string;
  kind: 'matched' | 'proposed';
  since: string;
  label: string | null;
  /** The journey as the caller may see it; null when it cannot be read (then no supervision is shown). */
  view: JourneyView | null;
}

/** A child the family was proposed for or matched with before: when, how it ended and why. */
interface EarlierJourney extends EndedLink {
  label: string | null;
}

/** The ended links, latest first, each with the child's label as the caller may read it. */
async function earlierJourneys(state: FamilyState): Promise<EarlierJourney[]> {
  const ended = [...state.endedLinks].sort((a, b) => Date.parse(b.endedAt) - Date.parse(a.endedAt));
  return Promise.all(ended.map(async (link) => ({ ...link, label: (await getJourneyRow(link.journeyId).catch(() => null))?.childLabel ?? null })));
}

/** Each linked child's journey, read with the caller's own rights: its label and its supervision record. */
async function linkedJourneys(state: FamilyState): Promise<LinkedJourney[]> {
  const links = [
    ...state.activeMatches.map((link) => ({ ...link, kind: 'matched' as const })),
    ...state.reservations.map((link) => ({ ...link, kind: 'proposed' as const })),
  ];
  return Promise.all(
    links.map(async (link) => {
      const [view, row] = await Promise.all([getJourney(link.journeyId).catch(() => null), getJourneyRow(link.journeyId).catch(() => null)]);
      return { ...link, label: row?.childLabel ?? null, view: view && 'state' in view ? view : null };
    }),
  );
}

export function FamilyPage() {
  const { familyId = '' } = useParams();
  const session = useSession()!;
  const role = session.identity.role;
  const family = useLoad(async () => {
    const detail = await getFamily(familyId);
    const state = detail.state as FamilyState | null;
    const [journeys, earlier] = state ? await Promise.all([linkedJourneys(state), earlierJourneys(state)]) : [[], []];
    return { detail, journeys, earlier };
  }, [familyId]);
  if (family.loading && !family.data) return <Loading />;
  if (!family.data) return <ErrorNotice error={family.error} />;
  const { detail, journeys, earlier } = family.data;
  const name = familyDisplayName(detail) ?? familyId;
  return (
    <>
      <h1>{name}</h1>
      <ErrorNotice error={family.error} />
      {detail.state ? <LiveFamily familyId={familyId} state={detail.state as FamilyState} journeys={journeys} earlier={earlier} role={role} onChanged={family.reload} /> : <ProjectedFamily detail={detail} />}
    </>
  );
}

/** Once Temporal no longer holds the family's workflow: the last projected row. */
function ProjectedFamily({ detail }: { detail: FamilyDetail }) {
  const { t } = useTranslation();
  const row = detail.row;
  if (!row) return null;
  return (
    <dl className="facts">
      <dt>{t('families.stage')}</dt>
      <dd>{t(`familyStage.${row.stage}`, { defaultValue: row.stage })}</dd>
      <dt>{t('families.district')}</dt>
      <dd>{row.homeDistrict ?? '–'}</dd>
      <dt>{t('families.places')}</dt>
      <dd>{placesText(t, row.freeCapacity, row.capacity)}</dd>
      <dt>{t('families.approvedAt')}</dt>
      <dd>{formatDate(row.approvedAt)}</dd>
      <dt>{t('families.waitingSince')}</dt>
      <dd>{formatDate(row.waitingSince)}</dd>
    </dl>
  );
}

function LiveFamily({
  familyId,
  state,
  journeys,
  earlier,
  role,
  onChanged,
}: {
  familyId: string;
  state: FamilyState;
  journeys: LinkedJourney[];
  earlier: EarlierJourney[];
  role: Role;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const household = state.household;
  const waiting = waitingSince(state);
  const actions = role === 'auditor' ? [] : familyActionsFor(role, state.stage as FamilyStage);
  const adults = (household?.adults ?? []).map((adult) => ({
    value: adult.adultId,
    label: state.certificates[adult.adultId] ? t('families.adultWithCertificate', { name: adult.name }) : adult.name,
  }));
  return (
    <>
      <dl className="facts" data-testid="family-facts">
        <dt>{t('families.stage')}</dt>
        <dd>{t(`familyStage.${state.stage}`, { defaultValue: state.stage })}</dd>
        <dt>{t('families.district')}</dt>
        <dd>{household?.homeDistrict ?? '–'}</dd>
        <dt>{t('families.places')}</dt>
        <dd>{household ? placesText(t, freeCapacity(state), household.capacity) : '–'}</dd>
        <dt>{t('families.waitingSince')}</dt>
        <dd>
          {waiting ? t('families.waitingSinceValue', { since: formatDate(waiting) }) : t('families.notWaiting')}
          {waiting && state.longWaitFlaggedFor === waiting && <span className="badge badge-error">{t('families.longWait')}</span>}
        </dd>
      </dl>

      <section aria-labelledby="household-heading">
        <h2 id="household-heading">{t('families.household')}</h2>
        {!household ? (
          <p>{t('families.noHomeVisit')}</p>
        ) : (
          <dl className="facts">
            <dt>{t('families.adults')}</dt>
            <dd>
              <ul className="unstyled-list" data-testid="family-adults">
                {household.adults.map((adult) => {
                  const certificate = state.certificates[adult.adultId];
                  return (
                    <li key={adult.adultId}>
                      {adult.name}:{' '}
                      {certificate ? (
                        <span className="badge">{t('families.certificateIssued', { on: formatDate(certificate.issuedOn) })}</span>
                      ) : (
                        <span className="badge badge-error">{t('families.certificateMissing')}</span>
                      )}
                    </li>
                  );
                })}
              </ul>
            </dd>
            <dt>{t('families.ownChildren')}</dt>
            <dd>{household.ownChildren.length === 0 ? t('families.noOwnChildren') : t('families.ages', { ages: household.ownChildren.map((child) => child.age).join(', ') })}</dd>
            <dt>{t('families.pets')}</dt>
            <dd>{household.pets.join(', ') || t('families.noPets')}</dd>
            <dt>{t('families.weekdays')}</dt>
            <dd>{household.weekdaysAvailable.map((day) => t(`option.weekday.${day}`)).join(', ') || '–'}</dd>
            <dt>{t('families.needs')}</dt>
            <dd>{household.needsAbleToMeet.map((need) => t(`option.need.${need}`)).join(', ') || '–'}</dd>
            <dt>{t('families.interests')}</dt>
            <dd>{household.interests.join(', ') || '–'}</dd>
          </dl>
        )}
      </section>

      <section aria-labelledby="path-heading">
        <h2 id="path-heading">{t('families.path')}</h2>
        <dl className="facts">
          <dt>{t('families.appliedAt')}</dt>
          <dd>{formatDate(state.appliedAt)}</dd>
          <dt>{t('families.homeVisitAt')}</dt>
          <dd>{formatDate(state.homeVisitHeldAt)}</dd>
          <dt>{t('families.training')}</dt>
          <dd>{state.trainingCompletedAt ? t('families.trainingDone', { on: formatDate(state.trainingCompletedAt) }) : t('families.trainingNotYet')}</dd>
          <dt>{t('families.approval')}</dt>
          <dd>{state.approvedAt ? t('families.approvedOn', { on: formatDate(state.approvedAt) }) : t('families.notApproved')}</dd>
        </dl>
      </section>

      <section aria-labelledby="family-children">
        <h2 id="family-children">{t('families.children')}</h2>
        {journeys.length === 0 ? (
          <p>{t('families.noChildren')}</p>
        ) : (
          <ul className="unstyled-list no-max-width cards" data-testid="family-journeys">
            {journeys.map((journey) => (
              <li key={journey.journeyId} className="tile">
                <Link to={`/journeys/${journey.journeyId}`}>{journey.label ?? t('families.unnamedChild')}</Link>{' '}
                <span className="badge">{t(`families.link.${journey.kind}`)}</span>
                <p>{t('families.since', { since: formatDate(journey.since) })}</p>
                {journey.kind === 'matched' && <Supervision familyId={familyId} view={journey.view} />}
              </li>
            ))}
          </ul>
        )}
      </section>

      {earlier.length > 0 && <EarlierChildren earlier={earlier} showReasons={role !== 'volunteer_family'} />}

      {role === 'coordinator' && (
        <LinkedPeopleSection role="volunteer_family" link={{ familyId }} title={t('people.familyAdultsTitle')} inviteTitle={t('people.inviteFamilyAdult')} testId="family-accounts" />
      )}

      <ActionList
        headingId="family-actions-heading"
        actions={actions}
        textsAt="familyCommand"
        renderForm={(type, confirm) => (
          <CommandForm
            type={type}
            fields={FAMILY_COMMAND_FORMS[type]!}
            textsAt="familyCommand"
            choices={{ adults }}
            send={(body) => sendFamilyCommand(familyId, type, body)}
            onDone={() => {
              confirm();
              onChanged();
            }}
          />
        )}
      />
    </>
  );
}

/** Supervision of the family's current match of one child, from that journey's own record. */
function Supervision({ familyId, view }: { familyId: string; view: JourneyView | null }) {
  const { t } = useTranslation();
  const match = view?.state.match;
  if (!view || !match || match.familyId !== familyId) return null;
  const sessions = view.state.supervision.filter((session) => session.matchNumber === match.matchNumber).sort((a, b) => a.session - b.session);
  const planned = supervisionSessionCount(view.state.policy);
  const held = sessions.filter((session) => session.outcome === 'held').length;
  return (
    <div data-testid="supervision">
      <p>{t('families.supervisionSummary', { held, missed: sessions.length - held, planned })}</p>
      {sessions.length > 0 && (
        <ul className="unstyled-list">
          {sessions.map((session) => (
            <li key={session.session}>
              {t('families.supervisionSession', { session: session.session, on: formatDate(session.recordedAt) })}:{' '}
              <span className={`badge${session.outcome === 'missed' ? ' badge-error' : ''}`}>{t(`option.sessionOutcome.${session.outcome}`)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * Children the family was proposed for or matched with before. The reason comes from the child's
 * journey (e.g. why the child's side declined), so only staff see it, not the family.
 */
function EarlierChildren({ earlier, showReasons }: { earlier: EarlierJourney[]; showReasons: boolean }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="family-earlier">
      <h2 id="family-earlier">{t('families.earlierChildren')}</h2>
      <ul className="unstyled-list no-max-width cards" data-testid="family-earlier-journeys">
        {earlier.map((link) => (
          <li key={`${link.journeyId}/${link.endedAt}`} className="tile">
            <Link to={`/journeys/${link.journeyId}`}>{link.label ?? t('families.unnamedChild')}</Link>{' '}
            <span className="badge">{t(`families.ended.${link.kind}`)}</span>
            <p>{t('families.linkPeriod', { since: formatDate(link.since), ended: formatDate(link.endedAt) })}</p>
            {showReasons && <p>{link.reason}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
