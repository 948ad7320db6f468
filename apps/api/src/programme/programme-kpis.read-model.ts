import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { kpiFactsAsOf } from '@venskab/domain/kpis';
import type { FamilyCapacityFacts, JourneyKpiFacts } from '@venskab/domain/kpis';
import type { FamilyStage } from '@venskab/domain/family';
import type { Instant } from '@venskab/domain/journey';
import { FamilyRow } from '@venskab/read-model/entities/family-row.entity';
import { JourneyRow } from '@venskab/read-model/entities/journey-row.entity';

/** The facts the key figures are made of, from the projections: the journeys' KPI facts and the families' places. */
@Injectable()
export class ProgrammeKpisReadModel {
  constructor(
    @InjectRepository(JourneyRow) private readonly journeys: Repository<JourneyRow>,
    @InjectRepository(FamilyRow) private readonly families: Repository<FamilyRow>,
  ) {}

  /**
   * Each journey's facts as of `asOf`, from the facts the projection keeps on the journey's row (as
   * of its last KPI event): no event is read or folded here. Journeys without a KPI event count nothing.
   */
  async journeyFacts(programme: string | undefined, asOf: Instant): Promise<JourneyKpiFacts[]> {
    const query = this.journeys.createQueryBuilder('j').select('j.kpiFacts', 'facts').where('j.kpiFacts IS NOT NULL');
    if (programme) query.andWhere('j.programme = :programme', { programme });
    const rows: Array<{ facts: JourneyKpiFacts }> = await query.getRawMany();
    return rows.map((row) => kpiFactsAsOf(row.facts, asOf));
  }

  async familyFacts(): Promise<FamilyCapacityFacts[]> {
    const rows = await this.families.find({ select: { stage: true, capacity: true, freeCapacity: true } });
    return rows.map((row) => ({ stage: row.stage as FamilyStage, capacity: row.capacity, freeCapacity: row.freeCapacity }));
  }
}
