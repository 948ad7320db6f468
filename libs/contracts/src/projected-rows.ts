/** A task as the read model keeps it, for journeys and families alike. */
export interface ProjectedTask {
  taskId: string;
  kind: string;
  assigneeRole: string;
  dueAt: string;
  status: 'open' | 'done';
  openedAt: string;
  closedAt: string | null;
  summary: string;
}

/** A notification in the outbox, for journeys and families alike. */
export interface ProjectedNotification {
  notificationId: string;
  recipientRole: string;
  kind: string;
  summary: string;
  createdAt: string;
}
