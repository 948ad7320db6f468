import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { listJourneys, myTasks } from '../api/endpoints';
import type { Task } from '../api/types';
import { ErrorNotice, Loading } from '../components/ErrorNotice';
import { copenhagenDay, formatDateTime, hoursAndMinutes } from '../format';
import { useLoad } from '../hooks';
import { useSession } from '../session';

const CONCERN_KINDS = ['concern_assessment', 'concern_escalation'];

function TaskLink({ task, children }: { task: Task; children: React.ReactNode }) {
  if (task.journeyId) return <Link to={`/journeys/${task.journeyId}`}>{children}</Link>;
  if (task.familyId) return <Link to={`/families/${task.familyId}`}>{children}</Link>;
  return <>{children}</>;
}

/** The children's labels by journey, from the journeys the caller may list (none for a role that lists no journeys). */
async function childLabels(): Promise<Map<string, string>> {
  const page = await listJourneys().catch(() => null);
  return new Map((page?.items ?? []).map((row) => [row.journeyId, row.childLabel]));
}

/** Open tasks due today or overdue, grouped by kind; concerns first, with the time left to assess them. */
export function MyDayPage() {
  const { t } = useTranslation();
  const session = useSession()!;
  const tasks = useLoad(() => myTasks(), [session.identity.role]);
  const labels = useLoad(childLabels, [session.identity.role]);
  const labelOf = (task: Task) => (task.journeyId ? labels.data?.get(task.journeyId) : undefined);
  const now = new Date();
  const today = copenhagenDay(now);

  if (tasks.loading && !tasks.data) return <Loading />;
  const all = tasks.data ?? [];
  const concerns = all.filter((task) => CONCERN_KINDS.includes(task.kind)).sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt));
  const due = all.filter((task) => !CONCERN_KINDS.includes(task.kind) && copenhagenDay(task.dueAt) <= today);
  const groups = new Map<string, Task[]>();
  for (const task of due.sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt))) groups.set(task.kind, [...(groups.get(task.kind) ?? []), task]);

  return (
    <>
      <h1>{t('myDay.title')}</h1>
      <p>{t('myDay.intro', { date: formatDateTime(now.toISOString()) })}</p>
      <ErrorNotice error={tasks.error} />
      <section aria-labelledby="concerns-heading">
        <h2 id="concerns-heading">
          {t('myDay.concerns')} <span className="count">({concerns.length})</span>
        </h2>
        <p className="hint">{t('myDay.concernsHint')}</p>
        {concerns.length === 0 ? (
          <p>{t('myDay.noConcerns')}</p>
        ) : (
          <ul className="cards" data-testid="concern-list">
            {concerns.map((task) => {
              const left = hoursAndMinutes(task.dueAt, now);
              return (
                <li key={task.taskId} className={`card ${left.overdue ? 'card-overdue' : ''}`}>
                  <TaskLink task={task}>{labelOf(task) ?? t('myDay.openJourney')}</TaskLink> · {t(`taskKind.${task.kind}`, { defaultValue: task.kind })}
                  <p>
                    {left.overdue ? t('myDay.slaOverdue', left) : t('myDay.slaLeft', left)} · <time dateTime={task.dueAt}>{t('myDay.due', { at: formatDateTime(task.dueAt) })}</time>
                  </p>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <section aria-labelledby="tasks-heading">
        <h2 id="tasks-heading">{t('myDay.tasks')}</h2>
        {groups.size === 0 && <p>{t('myDay.noTasks')}</p>}
        {[...groups.entries()].map(([kind, items]) => (
          <section key={kind} aria-label={t(`taskKind.${kind}`, { defaultValue: kind })}>
            <h3>
              {t(`taskKind.${kind}`, { defaultValue: kind })} <span className="count">({items.length})</span>
            </h3>
            <ul className="cards">
              {items.map((task) => (
                <li key={task.taskId} className="card">
                  <TaskLink task={task}>{labelOf(task) ?? (task.familyId ? t('myDay.openFamily') : t('myDay.openJourney'))}</TaskLink>{' '}
                  {copenhagenDay(task.dueAt) < today || Date.parse(task.dueAt) < now.getTime() ? (
                    <span className="badge badge-overdue">{t('common.overdue')}</span>
                  ) : (
                    <span className="badge">{t('myDay.dueToday')}</span>
                  )}
                  <p>{t('myDay.due', { at: formatDateTime(task.dueAt) })}</p>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </section>
    </>
  );
}
