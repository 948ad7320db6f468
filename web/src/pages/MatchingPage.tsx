import { FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { getJourney, matchSuggestions, sendJourneyCommand } from '../api/endpoints';
import type { MatchReason, MatchSuggestions } from '../api/types';
import { ErrorNotice } from '../components/ErrorNotice';
import { Field } from '../components/Field';
import { CHILD_NEEDS, WEEKDAYS } from '../domain';

function useReasonText() {
  const { t } = useTranslation();
  return (reason: MatchReason) => {
    const params = Object.fromEntries(
      Object.entries(reason.params).map(([key, value]) => [key, Array.isArray(value) ? value.map((item) => t(`option.weekday.${item}`, { defaultValue: String(item) })).join(', ') : value]),
    );
    return t(`reason.${reason.code.replace(/^matching\./, '')}`, { ...params, defaultValue: reason.text });
  };
}

/** For a child waiting in matching: where the child lives and can visit, then families ranked with reasons and those left out. */
export function MatchingPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { journeyId = '' } = useParams();
  const reasonText = useReasonText();
  const [lat, setLat] = useState('55.6761');
  const [lon, setLon] = useState('12.5683');
  const [weekdays, setWeekdays] = useState<string[]>([]);
  const [needs, setNeeds] = useState<string[]>([]);
  const [result, setResult] = useState<MatchSuggestions | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [proposeError, setProposeError] = useState<unknown>(null);
  const [recordedDistrict, setRecordedDistrict] = useState<string | null>(null);
  // What the coordinator recorded at the screening visit fills the form; it can still be changed here.
  useEffect(() => {
    let current = true;
    getJourney(journeyId)
      .then((view) => {
        const profile = 'state' in view ? view.state.matchingProfile : undefined;
        if (!current || !profile) return;
        setLat(String(profile.home.lat));
        setLon(String(profile.home.lon));
        setWeekdays(profile.weekdaysPossible);
        setNeeds(profile.needs);
        setRecordedDistrict(profile.homeDistrict);
      })
      .catch(() => undefined); // the search itself shows any problem with the journey
    return () => {
      current = false;
    };
  }, [journeyId]);
  const toggle = (list: string[], value: string) => (list.includes(value) ? list.filter((item) => item !== value) : [...list, value]);

  async function search(event: FormEvent) {
    event.preventDefault();
    try {
      setResult(await matchSuggestions(journeyId, { lat: Number(lat), lon: Number(lon), weekdays, needs }));
      setError(null);
    } catch (caught) {
      setError(caught);
    }
  }

  async function propose(familyId: string) {
    try {
      await sendJourneyCommand(journeyId, 'ProposeMatch', { familyId });
      navigate(`/journeys/${journeyId}`);
    } catch (caught) {
      setProposeError(caught);
    }
  }

  return (
    <>
      <h1>{t('matching.title')}</h1>
      <p>{t('matching.intro')}</p>
      {recordedDistrict && <p className="hint">{t('matching.fromScreening', { district: recordedDistrict })}</p>}
      <form onSubmit={search} noValidate>
        <div className="filters">
          <Field label={t('matching.lat')}>{(props) => <input {...props} inputMode="decimal" value={lat} onChange={(e) => setLat(e.target.value)} />}</Field>
          <Field label={t('matching.lon')}>{(props) => <input {...props} inputMode="decimal" value={lon} onChange={(e) => setLon(e.target.value)} />}</Field>
        </div>
        <fieldset>
          <legend>{t('matching.weekdays')}</legend>
          {WEEKDAYS.map((day) => (
            <label key={day} className="inline">
              <input type="checkbox" checked={weekdays.includes(day)} onChange={() => setWeekdays(toggle(weekdays, day))} /> {t(`option.weekday.${day}`)}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('matching.needs')}</legend>
          {CHILD_NEEDS.map((need) => (
            <label key={need} className="inline">
              <input type="checkbox" checked={needs.includes(need)} onChange={() => setNeeds(toggle(needs, need))} /> {t(`option.need.${need}`)}
            </label>
          ))}
        </fieldset>
        <ErrorNotice error={error} />
        <button type="submit">{t('matching.search')}</button>
      </form>
      {result && (
        <>
          <section aria-labelledby="suggestions-heading">
            <h2 id="suggestions-heading">{t('matching.suggestions')}</h2>
            <ErrorNotice error={proposeError} />
            {result.suggestions.length === 0 && <p>{t('matching.noSuggestions')}</p>}
            <ol className="cards">
              {result.suggestions.map((suggestion) => (
                <li key={suggestion.familyId} className="card">
                  <h3>
                    {suggestion.displayName} <span className="count">{t('matching.score', { score: Math.round(suggestion.score * 100) / 100 })}</span>
                  </h3>
                  <ul>
                    {suggestion.reasons.map((reason) => (
                      <li key={reason.code}>{reasonText(reason)}</li>
                    ))}
                  </ul>
                  <button type="button" onClick={() => propose(suggestion.familyId)}>
                    {t('matching.propose', { family: suggestion.displayName })}
                  </button>
                </li>
              ))}
            </ol>
          </section>
          <section aria-labelledby="excluded-heading">
            <h2 id="excluded-heading">{t('matching.excluded')}</h2>
            {result.excluded.length === 0 && <p>{t('matching.noneExcluded')}</p>}
            <ul>
              {result.excluded.map((family) => (
                <li key={family.familyId}>
                  <strong>{family.displayName}</strong>: {family.reasons.map(reasonText).join(' ')}
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </>
  );
}
