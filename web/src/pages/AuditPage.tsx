import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { getTimeline, replayJourney } from '../api/endpoints';
import { uiConfig } from '../api/oversight-endpoints';
import type { ReplayResult } from '../api/types';
import { Alert, ErrorNotice, Loading } from '../components/ErrorNotice';
import { useLoad } from '../hooks';
import { TimelineList } from '../journey/Timeline';

/** Seconds since `since` while it is set, ticking once a second: the replay's progress. */
function useElapsedSeconds(since: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (since === null) return undefined;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [since]);
  return since === null ? 0 : Math.max(0, Math.floor((now - since) / 1000));
}

/** The replay's answer in plain words: the same course, or which parts of the history differ. */
function ReplayOutcome({ replay }: { replay: ReplayResult }) {
  const { t } = useTranslation();
  const failed = replay.runs.map((run, index) => ({ ...run, part: index + 1 })).filter((run) => !run.ok);
  return (
    <Alert variant={replay.deterministic ? 'success' : 'error'} heading={replay.deterministic ? t('audit.replaySame') : t('audit.replayDiffers')} testId="replay-result">
      {replay.runs.length > 1 && <p>{t('audit.replayParts', { count: replay.runs.length })}</p>}
      {failed.length > 0 && (
        <ul>
          {failed.map((run) => (
            <li key={run.runId}>
              {t('audit.replayPartDiffers', { part: run.part, of: replay.runs.length })} {t(`audit.replaySource.${run.source}`, { defaultValue: '' })}
            </li>
          ))}
        </ul>
      )}
    </Alert>
  );
}

/** The auditor's view: the history as recorded, and whether today's workflow code replays it unchanged. */
export function AuditPage() {
  const { t } = useTranslation();
  const { journeyId = '' } = useParams();
  const timeline = useLoad(() => getTimeline(journeyId), [journeyId]);
  const config = useLoad(uiConfig, []);
  const [replay, setReplay] = useState<ReplayResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const elapsed = useElapsedSeconds(startedAt);
  const temporalLink = config.data
    ? `${config.data.temporalUiUrl}/namespaces/${encodeURIComponent(config.data.temporalNamespace)}/workflows/journey-${encodeURIComponent(journeyId)}`
    : null;

  async function runReplay() {
    setStartedAt(Date.now());
    setReplay(null);
    try {
      setReplay(await replayJourney(journeyId));
      setError(null);
    } catch (caught) {
      setError(caught);
    } finally {
      setStartedAt(null);
    }
  }

  return (
    <>
      <h1>{t('audit.title')}</h1>
      <ul className="unstyled-list no-max-width links">
        <li>
          <Link to={`/journeys/${journeyId}`}>{t('audit.journey')}</Link>
        </li>
        <li>
          <Link to={`/read-log?journeyId=${encodeURIComponent(journeyId)}`}>{t('readLog.ofJourney')}</Link>
        </li>
        {temporalLink && (
          <li>
            <a href={temporalLink} target="_blank" rel="noreferrer" data-testid="temporal-link">
              {t('audit.temporal')}
            </a>
          </li>
        )}
      </ul>
      <section aria-labelledby="replay-heading">
        <h2 id="replay-heading">{t('audit.replay')}</h2>
        <p className="hint">{t('audit.replayExplained')}</p>
        <button type="button" className="button button-primary" onClick={runReplay} disabled={startedAt !== null}>
          {t('audit.runReplay')}
        </button>
        <div role="status" aria-live="polite" data-testid="replay-status">
          {startedAt !== null && (
            <p className="progress">
              {t('audit.replayProgress')} <span>{t('audit.replayElapsed', { count: elapsed })}</span>
            </p>
          )}
          {replay && <ReplayOutcome replay={replay} />}
        </div>
        <ErrorNotice error={error} />
      </section>
      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">{t('journey.timeline')}</h2>
        <ErrorNotice error={timeline.error} />
        {timeline.loading && !timeline.data ? <Loading /> : timeline.data && <TimelineList entries={timeline.data.entries} />}
      </section>
    </>
  );
}
