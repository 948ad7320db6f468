import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { listJourneys, myTasks, waitingChildren } from '../api/endpoints';
import { NotificationItem, unreadNotifications } from '../api/notification-endpoints';
import type { Task } from '../api/types';
import { ErrorNotice, Loading } from '../components/ErrorNotice';
import { copenhagenDay, formatDateTime, hoursAndMinutes } from '../format';
import { useLoad } from '../hooks';
import { useSession } from '../session';
import { groupTasks, TaskGroup } from './my-day-groups';

const CONCERN_KINDS = ['concern_assessment', 'concern_escalation'];

function TaskLink({ task, children }: { task: Pick<Task, 'journeyId' | 'familyId'>; children: React.ReactNode }) {
  if (task.journeyId) return <Link to={`/journeys/${task.journeyId}`}>{children}</Link>;
  if (task.familyId) return <Link to={`/families/${task.familyId}`}>{children}</Link>;
  return <>{children}</>;
}

/**
 * The children's labels by journey, from the journeys the caller may list; the programme manager
 * lists no journeys (asking would be refused), and is escalated only children who wait, so reads the waiting list.
 */
async function childLabels(role: string): Promise<Map<string, string>> {
  const page = await (role === 'programme_manager' ? waitingChildren() : listJourneys()).catch(() => null);
  return new Map((page?.items ?? []).map((row) => [row.journeyId, row.childLabel]));
}

/** The programme manager's open tasks (escalations), all of them, each linking to the waiting list where the child is. */
function ManagerTasks({ tasks, labelOf }: { tasks: Task[]; labelOf: (task: Pick<Task, 'journeyId'>) => string | undefined }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="manager-heading">
      <h2 id="manager-heading">
        {t('myDay.managerTasks')} <span className="count">({tasks.length})</span>
      </h2>
      {tasks.length === 0 ? (
        <p>{t('myDay.noManagerTasks')}</p>
      ) : (
        <ul className="unstyled-list no-max-width cards" data-testid="manager-tasks">
          {tasks.map((task) => (
            <li key={task.taskId} className="tile">
              <Link to="/waiting-lists">{labelOf(task) ?? t('myDay.openJourney')}</Link> · {t(`taskKind.${task.kind}`, { defaultValue: '' })}
              <p>
                <time dateTime={task.dueAt}>{t('myDay.due', { at: formatDateTime(task.dueAt) })}</time>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function TaskGroupCard({ group, label }: { group: TaskGroup; label: string | undefined }) {
  const { t } = useTranslation();
  return (
    <li className="tile">
      <TaskLink task={group}>{label ?? (group.familyId ? t('myDay.openFamily') : t('myDay.openJourney'))}</TaskLink> · {t(`taskKind.${group.kind}`, { defaultValue: '' })}
      {group.count > 1 && <> · {t(group.unit === 'weeks' ? 'myDay.countWeeks' : 'myDay.countTimes', { count: group.count })}</>}{' '}
      {group.overdue ? <span className="badge badge-error">{t('common.overdue')}</span> : <span className="badge">{t('myDay.dueToday')}</span>}
      <p>{group.count > 1 ? t('myDay.earliestDue', { at: formatDateTime(group.earliestDueAt) }) : t('myDay.due', { at: formatDateTime(group.earliestDueAt) })}</p>
    </li>
  );
}

/** What happened since the caseworker last looked: one line per unread notification, linking to the child's course. */
function NewForYou({ items }: { items: NotificationItem[] }) {
  const { t } = useTranslation();
  const kindText = (item: NotificationItem) => {
    const kind = t(`notification.kind.${item.kind}`, { defaultValue: t(`event.${item.kind}`, { defaultValue: '' }) });
    return item.reminderKind ? `${kind}: ${t(`taskKind.${item.reminderKind}`, { defaultValue: '' })}` : kind;
  };
  return (
    <section aria-labelledby="new-heading">
      <h2 id="new-heading">
        {t('myDay.newForYou')} <span className="count">({items.length})</span>
      </h2>
      {items.length === 0 ? (
        <p>{t('myDay.nothingNew')}</p>
      ) : (
        <ul className="unstyled-list no-max-width cards" data-testid="new-for-you">
          {items.map((item) => (
            <li key={item.notificationId} className="tile">
              <TaskLink task={{ journeyId: item.journeyId ?? null, familyId: item.familyId ?? null }}>
                {item.childLabel ?? item.familyName ?? (item.familyId ? t('myDay.openFamily') : t('myDay.openJourney'))}
              </TaskLink>{' '}
              · {kindText(item)}
              <p>
                <time dateTime={item.createdAt}>{formatDateTime(item.createdAt)}</time>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Open tasks due today or overdue, one card per child and kind; concerns first, with the time left to assess them. */
export function MyDayPage() {
  const { t } = useTranslation();
  const session = useSession()!;
  const role = session.identity.role;
  const tasks = useLoad(() => myTasks(), [role]);
  const labels = useLoad(() => childLabels(role), [role]);
  const notifications = useLoad(() => (role === 'caseworker' ? unreadNotifications() : Promise.resolve(null)), [role]);
  const labelOf = (task: Pick<Task, 'journeyId'>) => (task.journeyId ? labels.data?.get(task.journeyId) : undefined);
  const now = new Date();
  const today = copenhagenDay(now);

  if (tasks.loading && !tasks.data) return <Loading />;
  const all = tasks.data ?? [];
  const concerns = all.filter((task) => CONCERN_KINDS.includes(task.kind)).sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt));
  const groups = groupTasks(
    all.filter((task) => !CONCERN_KINDS.includes(task.kind) && copenhagenDay(task.dueAt) <= today),
    now,
  );

  return (
    <>
      <h1>{t('myDay.title')}</h1>
      <p>{t('myDay.intro', { date: formatDateTime(now.toISOString()) })}</p>
      <ErrorNotice error={tasks.error} />
      {role === 'programme_manager' && <ManagerTasks tasks={all} labelOf={labelOf} />}
      <section aria-labelledby="concerns-heading">
        <h2 id="concerns-heading">
          {t('myDay.concerns')} <span className="count">({concerns.length})</span>
        </h2>
        <p className="hint">{t('myDay.concernsHint')}</p>
        {concerns.length === 0 ? (
          <p>{t('myDay.noConcerns')}</p>
        ) : (
          <ul className="unstyled-list no-max-width cards" data-testid="concern-list">
            {concerns.map((task) => {
              const left = hoursAndMinutes(task.dueAt, now);
              return (
                <li key={task.taskId} className={`tile ${left.overdue ? 'tile-overdue' : ''}`}>
                  <TaskLink task={task}>{labelOf(task) ?? t('myDay.openJourney')}</TaskLink> · {t(`taskKind.${task.kind}`, { defaultValue: '' })}
                  <p>
                    {left.overdue ? t('myDay.slaOverdue', left) : t('myDay.slaLeft', left)} · <time dateTime={task.dueAt}>{t('myDay.due', { at: formatDateTime(task.dueAt) })}</time>
                  </p>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <ErrorNotice error={notifications.error} />
      {notifications.data && <NewForYou items={notifications.data} />}
      <section aria-labelledby="tasks-heading">
        <h2 id="tasks-heading">
          {t('myDay.tasks')} <span className="count">({groups.length})</span>
        </h2>
        {groups.length === 0 ? (
          <p>{t('myDay.noTasks')}</p>
        ) : (
          <ul className="unstyled-list no-max-width cards" data-testid="task-groups">
            {groups.map((group) => (
              <TaskGroupCard key={group.key} group={group} label={labelOf(group)} />
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
