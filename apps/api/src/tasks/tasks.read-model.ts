import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { JourneyRow } from '@venskab/read-model/entities/journey-row.entity';
import { TaskRow } from '@venskab/read-model/entities/task-row.entity';
import type { Identity } from '../identity/identity';
import type { ListTasksQuery } from './dto/list-tasks.query';

export type TaskItem = TaskRow & { overdue: boolean };

/**
 * The projected tasks as each caller's inbox: a coordinator the coordinators' tasks, a programme
 * manager the programme managers', a caseworker the caseworkers' tasks of the children they
 * referred, a family the family tasks of the journeys matched with it.
 */
@Injectable()
export class TasksReadModel {
  constructor(@InjectRepository(TaskRow) private readonly tasks: Repository<TaskRow>) {}

  async inbox(viewer: Identity, filter: ListTasksQuery, now: Date): Promise<[TaskItem[], number]> {
    const query = this.tasks.createQueryBuilder('task').where('task.assigneeRole = :role', { role: viewer.role });
    if (viewer.role === 'caseworker') {
      query.innerJoin(JourneyRow, 'journey', 'journey.journeyId = task.journeyId').andWhere('journey.caseworkerId = :userId', { userId: viewer.userId });
    } else if (viewer.role === 'volunteer_family') {
      query.innerJoin(JourneyRow, 'journey', 'journey.journeyId = task.journeyId').andWhere('journey.familyId = :familyId', { familyId: viewer.familyId ?? '' });
    }
    if (filter.state === 'open') query.andWhere("task.status = 'open'");
    if (filter.state === 'done') query.andWhere("task.status = 'done'");
    if (filter.state === 'overdue') query.andWhere("task.status = 'open' AND task.dueAt < :now", { now });
    if (filter.dueBefore) query.andWhere('task.dueAt < :dueBefore', { dueBefore: new Date(filter.dueBefore) });
    if (filter.journeyId) query.andWhere('task.journeyId = :journeyId', { journeyId: filter.journeyId });
    // Ordered as the inbox indexes are (role, due time, id; the open tasks' index leaves done ones out), so a page reads only its rows.
    const count = query.clone().select('count(*)::int', 'n');
    query.orderBy('task.dueAt', 'ASC').addOrderBy('task.taskId', 'ASC').limit(filter.limit).offset(filter.offset);
    // A plain count(*), not the count of distinct ids that getManyAndCount makes.
    const [rows, counted] = await Promise.all([query.getMany(), count.getRawOne<{ n: number }>()]);
    return [rows.map((row) => ({ ...row, overdue: row.status === 'open' && row.dueAt.getTime() < now.getTime() })), counted?.n ?? 0];
  }

  find(taskId: string): Promise<TaskRow | null> {
    return this.tasks.findOneBy({ taskId });
  }
}
