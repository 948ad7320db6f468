import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { And, Equal, FindOptionsWhere, ILike, In, Repository } from 'typeorm';
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
  list(filter: ListJourneysQuery, viewer: Identity): Promise<[JourneyRow[], number]> {
    const ownOnly: FindOptionsWhere<JourneyRow> =
      viewer.role === 'caseworker'
        ? { caseworkerId: viewer.userId }
        : viewer.role === 'volunteer_family'
          ? { familyId: viewer.familyId ?? '' }
          : viewer.role === 'parent'
            ? { journeyId: In(viewer.journeyIds ?? []) }
            : {};
    const where: FindOptionsWhere<JourneyRow> = {
      ...(filter.caseworkerId ? { caseworkerId: filter.caseworkerId } : {}),
      ...(filter.programme ? { programme: filter.programme } : {}),
      ...(filter.stage ? { stage: filter.stage } : {}),
      ...(filter.overdue !== undefined ? { overdue: filter.overdue } : {}),
      ...ownOnly,
    };
    if (filter.caseworkerId && ownOnly.caseworkerId !== undefined) where.caseworkerId = And(Equal(filter.caseworkerId), Equal(viewer.userId));
    const pattern = filter.q ? `%${literal(filter.q)}%` : null;
    const sortKey = filter.sort.replace('-', '') as 'referredAt' | 'stageEnteredAt' | 'nextDueAt';
    return this.journeys.findAndCount({
      where: pattern ? [{ ...where, childLabel: ILike(pattern) }, { ...where, caseworkerUnit: ILike(pattern) }] : where,
      order: { [sortKey]: filter.sort.startsWith('-') ? 'DESC' : 'ASC', journeyId: 'ASC' },
      take: filter.limit,
      skip: filter.offset,
    });
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
