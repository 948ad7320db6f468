import { Controller, Get, Query } from '@nestjs/common';
import { Requires } from '../identity/requires.decorator';
import { ReadLogQuery } from './dto/read-log.query';
import { JourneyReadLog } from './journey-read-log';

/** Who read which journey, newest first, with the reader's name and the child's label; for auditors only. */
@Controller('audit')
export class ReadLogController {
  constructor(private readonly readLog: JourneyReadLog) {}

  @Get('read-log')
  @Requires('journey.audit')
  async list(@Query() query: ReadLogQuery) {
    const [items, total] = await this.readLog.listNamed(query);
    return { items, total, limit: query.limit, offset: query.offset };
  }
}
