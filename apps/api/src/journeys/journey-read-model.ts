import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { JourneyEvent } from '@venskab/domain/journey';
import { JourneyEventRow } from '@venskab/read-model/entities/journey-event-row.entity';
import { JourneyRow } from '@venskab/read-model/entities/journey-row.entity';
import type { Identity } from '../identity/identity';
import type { ListJourneysQuery } from './dto/list-journeys.query';
import type { ApiErrorBody } from '@venskab/domain/shared';

/** LIKE wildcards typed by a person are matched literally. */
const literal = (text: string) => text.replace(/[\\%_]/g, (character) => `\\${character}`);

/** Reads of the projected journeys table (lists, and the row of a journey whose workflow has finished). */
@Injectable()
export class JourneyReadModel {
  constructor(
    @InjectRepository(JourneyRow) private readonly journeys: Repository<JourneyRow>,
    @InjectRepository(JourneyEventRow) private readonly journeyEvents: Repository<JourneyEventRow>,
  ) {}

  /**
   * A caseworker lists the children they referred, a family those matched with it, a parent their own; staff and
   * auditors all; the filters narrow that further (a caseworker filtering by another caseworker sees none).
   * Free text searches the child's label and the caseworker's unit, never case notes.
   */
  async list(filter: ListJourneysQuery, viewer: Identity): Promise<[JourneyRow[], number]> {
    const query = this.journeys.createQueryBuilder('j');
    if (viewer.role === 'caseworker') query.andWhere('j.caseworkerId = :viewerId', { viewerId: viewer.userId });
    if (viewer.role === 'volunteer_family') query.andWhere('j.familyId = :viewerFamily', { viewerFamily: viewer.familyId ?? '' });
    if (viewer.role === 'parent') query.andWhere('j.journeyId = ANY(:viewerJourneys)', { viewerJourneys: viewer.journeyIds ?? [] });
    if (filter.caseworkerId) query.andWhere('j.caseworkerId = :caseworkerId', { caseworkerId: filter.caseworkerId });
    if (filter.programme) query.andWhere('j.programme = :programme', { programme: filter.programme });
    if (filter.stage) query.andWhere('j.stage = :stage', { stage: filter.stage });
    if (filter.overdue !== undefined) query.andWhere('j.overdue = :overdue', { overdue: filter.overdue });
    // ILIKE with a leading wildcard is answered by the trigram indexes on both columns.
    if (filter.q) query.andWhere('(j.childLabel ILIKE :pattern OR j.caseworkerUnit ILIKE :pattern)', { pattern: `%${literal(filter.q)}%` });
    const sortKey = filter.sort.replace('-', '') as 'referredAt' | 'stageEnteredAt' | 'nextDueAt';
    // The sort and the journey id match an index for each sort, so a page reads only its own rows.
    query.orderBy(`j.${sortKey}`, filter.sort.startsWith('-') ? 'DESC' : 'ASC').addOrderBy('j.journeyId', 'ASC').limit(filter.limit).offset(filter.offset);
    // A plain count(*), not the count of distinct ids that findAndCount and getCount make: the index alone answers it.
    const count = query.clone().select('count(*)::int', 'n').orderBy().limit(undefined).offset(undefined);
    const [rows, counted] = await Promise.all([query.getMany(), count.getRawOne<{ n: number }>()]);
    return [rows, counted?.n ?? 0];
  }

  find(journeyId: string): Promise<JourneyRow | null> {
    return this.journeys.findOneBy({ journeyId });
  }

  async get(journeyId: string): Promise<JourneyRow> {
    const row = await this.find(journeyId);
    if (!row) throw new NotFoundException({ code: 'journey_not_found', message: `No journey ${journeyId}.` } satisfies ApiErrorBody);
    return row;
  }

  /** The projected domain events in order, put back together as the workflow held them. */
  async events(journeyId: string): Promise<JourneyEvent[]> {
    const rows = await this.journeyEvents.find({ where: { journeyId }, order: { sequence: 'ASC' } });
    return rows.map(
      (row) => ({ ...row.payload, type: row.type, at: row.occurredAt.toISOString(), actor: { userId: row.actorId, role: row.actorRole } }) as JourneyEvent,
    );
  }
}
