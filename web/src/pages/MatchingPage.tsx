import { FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { getJourney, matchSuggestions, sendJourneyCommand } from '../api/endpoints';
import type { MatchSuggestions } from '../api/types';
import { Checkbox } from '../components/Choice';
import { ErrorNotice } from '../components/ErrorNotice';
import { Field } from '../components/Field';
import { PlacePicker } from '../components/PlacePicker';
import { CHILD_NEEDS, exclusionsByRule, nearestExcluded, WEEKDAYS } from '../domain';
import { listItems } from '../journey/command-forms';
import { useMatchReasonText } from '../matching/match-reason-text';

/** What the coordinator searches with: the child's place, days, needs and interests as typed. */
interface Criteria {
  /** A place code; empty keeps the home recorded at the screening visit. */
  place: string;
  weekdays: string[];
  needs: string[];
  interests: string;
}

const NEAREST_SHOWN = 3;
/** Long enough that ticking three boxes in a row asks once, short enough to feel immediate. */
const SEARCH_DELAY_MS = 300;

const toggle = (list: string[], value: string) => (list.includes(value) ? list.filter((item) => item !== value) : [...list, value]);

/**
 * For a child waiting in matching: what the screening visit recorded fills the form, every change
 * asks again, and the families come ranked with reasons. When none fits, the page says which rule
 * left out how many families, what to try next, and which families came closest.
 */
export function MatchingPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { journeyId = '' } = useParams();
  const reasonText = useMatchReasonText();
  const [criteria, setCriteria] = useState<Criteria | null>(null);
  const [recordedDistrict, setRecordedDistrict] = useState<string | null>(null);
  const [searchAgain, setSearchAgain] = useState(0);
  const [result, setResult] = useState<MatchSuggestions | null>(null);
  const [searching, setSearching] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [proposeError, setProposeError] = useState<unknown>(null);

  // What the screening visit recorded (and the referral's interests) fills the form; it can still be changed here.
  useEffect(() => {
    let current = true;
    getJourney(journeyId)
      .then((view) => {
        if (!current) return;
        const state = 'state' in view ? view.state : undefined;
        const profile = state?.matchingProfile;
        setRecordedDistrict(profile?.homeDistrict ?? null);
        setCriteria({
          place: profile?.home.placeCode ?? '',
          weekdays: profile?.weekdaysPossible ?? [],
          needs: profile?.needs ?? [],
          interests: (state?.referral?.interests ?? []).join(', '),
        });
      })
      .catch(() => current && setCriteria({ place: '', weekdays: [], needs: [], interests: '' })); // the search shows any problem with the journey
    return () => {
      current = false;
    };
  }, [journeyId]);

  useEffect(() => {
    if (!criteria || criteria.weekdays.length === 0) return;
    let current = true;
    const timer = setTimeout(() => {
      setSearching(true);
      matchSuggestions(journeyId, { ...criteria, interests: listItems(criteria.interests) })
        .then((answer) => {
          if (!current) return;
          setResult(answer);
          setError(null);
        })
        .catch((caught: unknown) => current && setError(caught))
        .finally(() => current && setSearching(false));
    }, SEARCH_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [journeyId, criteria, searchAgain]);

  const change = (part: Partial<Criteria>) => setCriteria((previous) => (previous ? { ...previous, ...part } : previous));

  function search(event: FormEvent) {
    event.preventDefault();
    setSearchAgain((count) => count + 1);
  }

  async function propose(familyId: string) {
    try {
      await sendJourneyCommand(journeyId, 'ProposeMatch', { familyId });
      navigate(`/journeys/${journeyId}`);
    } catch (caught) {
      setProposeError(caught);
    }
  }

  if (!criteria) return <h1>{t('matchingPage.title')}</h1>;
  const noWeekday = criteria.weekdays.length === 0;
  return (
    <>
      <h1>{t('matchingPage.title')}</h1>
      <p>{t('matchingPage.intro')}</p>
      {recordedDistrict && <p className="hint">{t('matchingPage.fromScreening')}</p>}
      <form onSubmit={search} noValidate>
        {recordedDistrict && criteria.place === '' && <p className="hint">{t('matchingPage.recordedHome', { district: recordedDistrict })}</p>}
        <PlacePicker label={t('matchingPage.place')} name="place" value={criteria.place} onChange={(place) => change({ place })} />
        <fieldset className={`form-group choice-row${noWeekday ? ' form-error' : ''}`}>
          <legend className="form-label">{t('matchingPage.weekdays')}</legend>
          {noWeekday && (
            <span className="form-error-message" role="alert">
              {t('matchingPage.chooseWeekday')}
            </span>
          )}
          {WEEKDAYS.map((day) => (
            <Checkbox
              key={day}
              name={`weekdays.${day}`}
              checked={criteria.weekdays.includes(day)}
              onChange={() => change({ weekdays: toggle(criteria.weekdays, day) })}
              label={t(`option.weekday.${day}`)}
            />
          ))}
        </fieldset>
        <fieldset className="form-group choice-row">
          <legend className="form-label">{t('matchingPage.needs')}</legend>
          {CHILD_NEEDS.map((need) => (
            <Checkbox key={need} name={`needs.${need}`} checked={criteria.needs.includes(need)} onChange={() => change({ needs: toggle(criteria.needs, need) })} label={t(`option.need.${need}`)} />
          ))}
        </fieldset>
        <Field label={t('matchingPage.interests')} hint={t('matchingPage.interestsHint')}>
          {(props) => <input {...props} name="interests" value={criteria.interests} onChange={(e) => change({ interests: e.target.value })} />}
        </Field>
        <ErrorNotice error={error} />
        <button type="submit" className="button button-primary" disabled={noWeekday}>
          {t('matchingPage.search')}
        </button>
      </form>
      <p className="hint" role="status">
        {searching ? t('matchingPage.searching') : result && !noWeekday ? t('matchingPage.resultCount', { count: result.suggestions.length }) : ''}
      </p>
      {result &&
        !noWeekday &&
        (result.suggestions.length > 0 ? (
          <>
            <Suggestions result={result} reasonText={reasonText} propose={propose} proposeError={proposeError} />
            <LeftOut result={result} reasonText={reasonText} />
          </>
        ) : (
          <WhyNothingFits result={result} reasonText={reasonText} />
        ))}
    </>
  );
}

type ReasonText = ReturnType<typeof useMatchReasonText>;

function Suggestions({
  result,
  reasonText,
  propose,
  proposeError,
}: {
  result: MatchSuggestions;
  reasonText: ReasonText;
  propose: (familyId: string) => void;
  proposeError: unknown;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="suggestions-heading">
      <h2 id="suggestions-heading">{t('matchingPage.suggestions')}</h2>
      <ErrorNotice error={proposeError} />
      <ol className="unstyled-list no-max-width cards">
        {result.suggestions.map((suggestion) => (
          <li key={suggestion.familyId} className="tile">
            <h3>{suggestion.displayName}</h3>
            <ul>
              {suggestion.reasons.map((reason) => (
                <li key={reason.code}>{reasonText(reason)}</li>
              ))}
            </ul>
            <button type="button" className="button button-primary" onClick={() => propose(suggestion.familyId)}>
              {t('matchingPage.propose', { family: suggestion.displayName })}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Which rule left out how many families, what to try next, and the families that came closest. */
function WhyNothingFits({ result, reasonText }: { result: MatchSuggestions; reasonText: ReasonText }) {
  const { t } = useTranslation();
  if (result.excluded.length === 0) return <p>{t('matchingPage.noFamilies')}</p>;
  return (
    <section aria-labelledby="why-heading">
      <h2 id="why-heading">{t('matchingPage.whyHeading')}</h2>
      <p>{t('matchingPage.nothingFits')}</p>
      <ul className="exclusion-rules">
        {exclusionsByRule(result.excluded).map(({ code, families }) => {
          const rule = code.replace(/^matching\./, '');
          return (
            <li key={code}>
              <strong>{t(`matchingPage.rule.${rule}`, { count: families })}</strong> {t(`matchingPage.nextStep.${rule}`)}
            </li>
          );
        })}
      </ul>
      <h3>{t('matchingPage.nearestHeading')}</h3>
      <ul className="unstyled-list no-max-width cards">
        {nearestExcluded(result.excluded, NEAREST_SHOWN).map((family) => (
          <li key={family.familyId} className="tile">
            <h4>{family.displayName}</h4>
            <p>{t('matchingPage.lacks')}</p>
            <ul>
              {family.reasons.map((reason) => (
                <li key={reason.code}>{reasonText(reason)}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}

function LeftOut({ result, reasonText }: { result: MatchSuggestions; reasonText: ReasonText }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="excluded-heading">
      <h2 id="excluded-heading">{t('matchingPage.excluded')}</h2>
      {result.excluded.length === 0 && <p>{t('matchingPage.noneExcluded')}</p>}
      <ul>
        {result.excluded.map((family) => (
          <li key={family.familyId}>
            <strong>{family.displayName}</strong>: {family.reasons.map(reasonText).join(' ')}
          </li>
        ))}
      </ul>
    </section>
  );
}
