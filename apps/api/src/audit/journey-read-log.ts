import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { JourneyReadLogRow } from '@venskab/read-model/entities/journey-read-log.entity';
import type { Identity } from '../identity/identity';

export interface ReadLogFilter {
  journeyId?: string;
  userId?: string;
  limit: number;
  offset: number;
}

/** The journey_read_log table: appended to on every read of a journey, listed for auditors. */
@Injectable()
export class JourneyReadLog {
  constructor(@InjectRepository(JourneyReadLogRow) private readonly rows: Repository<JourneyReadLogRow>) {}

  async record(reader: Identity, journeyId: string, what: string): Promise<void> {
    await this.rows.insert({ journeyId, userId: reader.userId, role: reader.role, what });
  }

  list(filter: ReadLogFilter): Promise<[JourneyReadLogRow[], number]> {
    return this.rows.findAndCount({
      where: { ...(filter.journeyId ? { journeyId: filter.journeyId } : {}), ...(filter.userId ? { userId: filter.userId } : {}) },
      order: { readAt: 'DESC', id: 'DESC' },
      take: filter.limit,
      skip: filter.offset,
    });
  }
}
