import type { TimelineEntry } from '../api/types';

/** A line of the timeline: one event, or every reminder of one kind folded together (they repeat weekly and would bury the rest). */
export type TimelineLine =
  | { kind: 'event'; entry: TimelineEntry }
  | { kind: 'reminders'; reminder: string; entries: TimelineEntry[] };

const reminderOf = (entry: TimelineEntry): string | null =>
  entry.type === 'ReminderFired' && typeof entry.details?.reminder === 'string' ? entry.details.reminder : null;

/** The entries in order, with each kind of reminder folded into one line where it first fired. */
export function foldReminders(entries: TimelineEntry[]): TimelineLine[] {
  const lines: TimelineLine[] = [];
  const folded = new Map<string, TimelineEntry[]>();
  for (const entry of entries) {
    const reminder = reminderOf(entry);
    if (reminder === null) {
      lines.push({ kind: 'event', entry });
      continue;
    }
    const group = folded.get(reminder);
    if (group) {
      group.push(entry);
    } else {
      const started = [entry];
      folded.set(reminder, started);
      lines.push({ kind: 'reminders', reminder, entries: started });
    }
  }
  return lines;
}

/** Who acted, as a person reads it: the name with the role beside it, or the role alone; never the id. */
export function actorWords(who: TimelineEntry['who']): { name?: string; roleKey: string } {
  const roleKey = `role.${who.role}`;
  return who.displayName && who.role !== 'system' ? { name: who.displayName, roleKey } : { roleKey };
}
