import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { KPI_EVENT_TYPES, kpiFactsOf } from '@venskab/domain/kpis';
import type { FamilyCapacityFacts, JourneyKpiFacts } from '@venskab/domain/kpis';
import type { FamilyStage } from '@venskab/domain/family';
import type { Instant, JourneyEvent } from '@venskab/domain/journey';
import { FamilyRow } from '@venskab/read-model/entities/family-row.entity';
import { JourneyEventRow } from '@venskab/read-model/entities/journey-event-row.entity';
import { JourneyRow } from '@venskab/read-model/entities/journey-row.entity';

/** The facts the key figures are made of, from the projections: the journeys' KPI events and the families' places. */
@Injectable()
export class ProgrammeKpisReadModel {
  constructor(
    @InjectRepository(JourneyEventRow) private readonly journeyEvents: Repository<JourneyEventRow>,
    @InjectRepository(FamilyRow) private readonly families: Repository<FamilyRow>,
  ) {}

  /** Each journey's facts as of `asOf`; only the event types the figures use are read, never logbook entries. */
  async journeyFacts(programme: string | undefined, asOf: Instant): Promise<JourneyKpiFacts[]> {
    const query = this.journeyEvents
      .createQueryBuilder('e')
      .innerJoin(JourneyRow, 'j', 'j.journeyId = e.journeyId')
      .where('e.type IN (:...types)', { types: KPI_EVENT_TYPES })
      .andWhere('e.occurredAt <= :asOf', { asOf })
      .orderBy('e.journeyId')
      .addOrderBy('e.sequence');
    if (programme) query.andWhere('j.programme = :programme', { programme });
    const byJourney = new Map<string, JourneyEvent[]>();
    for (const row of await query.getMany()) {
      const event = { ...row.payload, type: row.type, at: row.occurredAt.toISOString(), actor: { userId: row.actorId, role: row.actorRole } } as JourneyEvent;
      byJourney.set(row.journeyId, [...(byJourney.get(row.journeyId) ?? []), event]);
    }
    return [...byJourney].map(([journeyId, events]) => kpiFactsOf(journeyId, events, asOf));
  }

  async familyFacts(): Promise<FamilyCapacityFacts[]> {
    const rows = await this.families.find({ select: { stage: true, capacity: true, freeCapacity: true } });
    return rows.map((row) => ({ stage: row.stage as FamilyStage, capacity: row.capacity, freeCapacity: row.freeCapacity }));
  }
}
