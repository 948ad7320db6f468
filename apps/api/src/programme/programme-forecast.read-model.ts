import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { MATCHABLE_STAGES } from '@venskab/domain/family';
import type { FamilyStage } from '@venskab/domain/family';
import type { FamilyPlaceFacts } from '@venskab/domain/forecast';
import { FamilyRow } from '@venskab/read-model/entities/family-row.entity';

/** What the forecast needs of the families beyond the key figures: when each was approved, and its free places. */
@Injectable()
export class ProgrammeForecastReadModel {
  constructor(@InjectRepository(FamilyRow) private readonly families: Repository<FamilyRow>) {}

  async familyPlaces(): Promise<FamilyPlaceFacts[]> {
    const rows = await this.families.find({ select: { stage: true, capacity: true, freeCapacity: true, approvedAt: true } });
    return rows.map((row) => ({
      approvedAt: row.approvedAt ? row.approvedAt.toISOString() : null,
      capacity: row.capacity,
      freePlaces: MATCHABLE_STAGES.includes(row.stage as FamilyStage) ? row.freeCapacity : 0,
    }));
  }
}
