import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { JourneyReadLogRow } from '@venskab/read-model/entities/journey-read-log.entity';
import { JourneyRow } from '@venskab/read-model/entities/journey-row.entity';
import { PersonRow } from '@venskab/read-model/entities/person-row.entity';
import type { Identity } from '../identity/identity';

export interface ReadLogFilter {
  journeyId?: string;
  userId?: string;
  limit: number;
  offset: number;
}

/** One logged read as an auditor sees it: with the reader's name, the child's label and which part was read. */
export type NamedReadLogEntry = JourneyReadLogRow & { readerName: string | null; childLabel: string | null; part: string };

/** What part of a journey a logged read was, from its route ("GET /journeys/:journeyId/timeline" → "timeline"); the UI words it. */
function readPart(what: string): string {
  const rest = what.split(':journeyId')[1];
  if (rest === undefined) return 'other';
  return rest.replace(/^\//, '') || 'journey';
}

/** The journey_read_log table: appended to on every read of a journey, listed for auditors. */
@Injectable()
export class JourneyReadLog {
  constructor(
    @InjectRepository(JourneyReadLogRow) private readonly rows: Repository<JourneyReadLogRow>,
    @InjectRepository(PersonRow) private readonly people: Repository<PersonRow>,
    @InjectRepository(JourneyRow) private readonly journeys: Repository<JourneyRow>,
  ) {}

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

  /** A page of the log, newest first, each read named (who, which child, what part). */
  async listNamed(filter: ReadLogFilter): Promise<[NamedReadLogEntry[], number]> {
    const [rows, total] = await this.list(filter);
    const userIds = [...new Set(rows.map((row) => row.userId))];
    const journeyIds = [...new Set(rows.map((row) => row.journeyId))];
    const [people, journeys] = await Promise.all([
      userIds.length ? this.people.find({ select: { personId: true, displayName: true }, where: { personId: In(userIds) } }) : [],
      journeyIds.length ? this.journeys.find({ select: { journeyId: true, childLabel: true }, where: { journeyId: In(journeyIds) } }) : [],
    ]);
    const names = new Map(people.map((person) => [person.personId, person.displayName]));
    const labels = new Map(journeys.map((journey) => [journey.journeyId, journey.childLabel]));
    const entries = rows.map((row) => ({ ...row, readerName: names.get(row.userId) ?? null, childLabel: labels.get(row.journeyId) ?? null, part: readPart(row.what) }));
    return [entries, total];
  }
}
