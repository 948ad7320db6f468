import { BadRequestException, ConflictException, Controller, Get, NotFoundException, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { isTaskKind, TASK_CLOSED_BY } from '@venskab/domain/tasks';
import { CurrentActor } from '../identity/actor.decorator';
import type { Identity } from '../identity/identity';
import { Requires } from '../identity/requires.decorator';
import { ErrorResponse, TaskClosedByActionResponse, TaskPageResponse } from '../openapi/responses';
import { ListTasksQuery } from './dto/list-tasks.query';
import { TasksReadModel } from './tasks.read-model';
import type { ApiErrorBody } from '@venskab/domain/shared';

/** `<journey or family id>/<task id>`, e.g. `…/supervision:1-2`. */
const TASK_ID = /^([0-9a-f]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/[a-z_]+(:[A-Za-z0-9_.-]+)?$/;

@ApiTags('tasks')
@ApiBearerAuth()
@Controller('tasks')
export class TasksController {
  constructor(private readonly readModel: TasksReadModel) {}

  @Get()
  @Requires('tasks.read')
  @ApiOperation({ operationId: 'tasks.inbox', summary: "The caller's tasks (reminders, deadlines, alerts), earliest due first" })
  @ApiOkResponse({ type: TaskPageResponse })
  async inbox(@CurrentActor() actor: Identity, @Query() query: ListTasksQuery) {
    const [items, total] = await this.readModel.inbox(actor, query, new Date());
    return { items, total, limit: query.limit, offset: query.offset };
  }

  /**
   * Ticking a task off by hand. Every task the workflows open is closed by the domain event of
   * the action it asks for (the domain's TASK_CLOSED_BY), so this answers 409 naming that action.
   */
  @Post(':taskId/done')
  @Requires('tasks.complete')
  @ApiOperation({ operationId: 'tasks.done', summary: 'Mark a task done (coordinators): answers with the action that closes it' })
  @ApiParam({ name: 'taskId', description: 'URL-encoded (it contains a slash).' })
  @ApiNotFoundResponse({ type: ErrorResponse })
  @ApiConflictResponse({ type: TaskClosedByActionResponse, description: 'The task closes when its action is recorded; or it is done already.' })
  async done(@Param('taskId') taskId: string) {
    if (!TASK_ID.test(taskId)) throw new BadRequestException({ code: 'validation_failed', message: ['taskId must be a task id (<journey or family id>/<task>)'] } satisfies ApiErrorBody);
    const task = await this.readModel.find(taskId);
    if (!task) throw new NotFoundException({ code: 'task_not_found', message: `No task ${taskId}.` } satisfies ApiErrorBody);
    if (task.status === 'done') throw new ConflictException({ code: 'task.already_done', message: 'The task is done already.' } satisfies ApiErrorBody);
    const closing = isTaskKind(task.kind) ? TASK_CLOSED_BY[task.kind] : undefined;
    const id = task.journeyId ?? task.familyId;
    const aggregate = closing?.aggregate ?? (task.journeyId ? 'journey' : 'family');
    const commands = closing?.commands ?? [];
    throw new ConflictException({
      code: 'task.closed_by_action',
      message: closing
        ? `A ${task.kind} task is closed by ${closing.does} (${commands.join(' or ')}), not by hand.`
        : `A ${task.kind} task closes when the reason for it is resolved, not by hand.`,
      action: commands.map((command) => `POST /${aggregate === 'journey' ? 'journeys' : 'families'}/${id}/commands/${command}`).join(' | '),
    } satisfies ApiErrorBody);
  }
}
