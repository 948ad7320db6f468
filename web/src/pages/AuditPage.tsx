import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { getTimeline, replayJourney } from '../api/endpoints';
import type { ReplayResult } from '../api/types';
import { ErrorNotice, Loading } from '../components/ErrorNotice';
import { useLoad } from '../hooks';
import { TimelineList } from '../journey/Timeline';

const TEMPORAL_UI = 'http://127.0.0.1:8233/namespaces/default/workflows';

/** The auditor's view: the history as recorded, and whether today's workflow code replays it unchanged. */
export function AuditPage() {
  const { t } = useTranslation();
  const { journeyId = '' } = useParams();
  const timeline = useLoad(() => getTimeline(journeyId), [journeyId]);
  const [replay, setReplay] = useState<ReplayResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function runReplay() {
    setBusy(true);
    setReplay(null);
    try {
      setReplay(await replayJourney(journeyId));
      setError(null);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <h1>{t('audit.title')}</h1>
      <ul className="links">
        <li>
          <Link to={`/journeys/${journeyId}`}>{t('audit.journey')}</Link>
        </li>
        <li>
          <a href={`${TEMPORAL_UI}/journey-${journeyId}`} target="_blank" rel="noreferrer">
            {t('audit.temporal')}
          </a>
        </li>
      </ul>
      <section aria-labelledby="replay-heading">
        <h2 id="replay-heading">{t('audit.replay')}</h2>
        <p className="hint">{t('audit.replayHint')}</p>
        <button type="button" onClick={runReplay} disabled={busy}>
          {busy ? t('audit.replaying') : t('audit.runReplay')}
        </button>
        <ErrorNotice error={error} />
        {replay && (
          <div className={`notice ${replay.deterministic ? 'notice-ok' : 'notice-error'}`} role="status" data-testid="replay-result">
            <strong>{replay.deterministic ? t('audit.replayOk') : t('audit.replayFailed')}</strong>
            <ul>
              {replay.runs.map((run) => (
                <li key={run.runId}>
                  {t('audit.run', { runId: run.runId, source: run.source })}: {run.ok ? t('audit.runOk') : run.error ?? t('audit.runFailed')}
                </li>
              ))}
            </ul>
          </div>
        )}
      </section>
      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">{t('journey.timeline')}</h2>
        <ErrorNotice error={timeline.error} />
        {timeline.loading && !timeline.data ? <Loading /> : timeline.data && <TimelineList entries={timeline.data.entries} />}
      </section>
    </>
  );
}
