import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Connection } from '@temporalio/client';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { DatabaseConnector } from '../database/database-connector';
import { Public } from '../identity/requires.decorator';
import { TEMPORAL_PROBE_CONNECTION } from '../temporal/temporal.module';

type ComponentHealth = { status: 'up' } | { status: 'down'; error: string };

const PROBE_TIMEOUT_MS = 3000;

async function probe(check: () => Promise<unknown>, timeoutMs = PROBE_TIMEOUT_MS): Promise<ComponentHealth> {
  try {
    await Promise.race([
      check(),
      new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs)),
    ]);
    return { status: 'up' };
  } catch (error) {
    return { status: 'down', error: (error as Error).message };
  }
}

/** 200 only when both Temporal and PostgreSQL answer; otherwise 503 saying which one does not. */
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(TEMPORAL_PROBE_CONNECTION) private readonly temporal: Connection,
    private readonly dataSource: DataSource,
    private readonly database: DatabaseConnector,
  ) {}

  @Public()
  @Get()
  @ApiOperation({ operationId: 'health', summary: '200 when Temporal and PostgreSQL both answer, else 503 saying which does not' })
  async health(@Res({ passthrough: true }) response: Response) {
    const [temporal, postgres] = await Promise.all([
      probe(() => this.temporal.withDeadline(Date.now() + PROBE_TIMEOUT_MS, () => this.temporal.healthService.check({}))),
      probe(async () => {
        if (!this.database.ready) throw new Error('not connected');
        await this.dataSource.query('SELECT 1');
      }),
    ]);
    const healthy = temporal.status === 'up' && postgres.status === 'up';
    response.status(healthy ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return { status: healthy ? 'ok' : 'unavailable', components: { temporal, postgres } };
  }
}
