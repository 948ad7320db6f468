import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import type { FamilyCandidate } from '@venskab/domain/matching';
import { FamilyRow } from '@venskab/read-model/entities/family-row.entity';
import { WaitOrder, waitingSinceDirection } from '../waiting-lists/wait-order';

/** Reads of the projected families table: lists, and the row of a family whose workflow Temporal no longer holds. */
@Injectable()
export class FamilyReadModel {
  constructor(@InjectRepository(FamilyRow) private readonly families: Repository<FamilyRow>) {}

  list(filter: { stage?: string; sort?: WaitOrder; limit: number; offset: number }): Promise<[FamilyRow[], number]> {
    return this.families.findAndCount({
      where: filter.stage ? { stage: filter.stage } : {},
      order: filter.sort
        ? { waitingSince: { direction: waitingSinceDirection(filter.sort), nulls: 'LAST' }, familyId: 'ASC' }
        : { appliedAt: 'ASC', familyId: 'ASC' },
      take: filter.limit,
      skip: filter.offset,
    });
  }

  find(familyId: string): Promise<FamilyRow | null> {
    return this.families.findOneBy({ familyId });
  }

  /** The families in the given stages as matching sees them, e.g. every family matching may consider. */
  async candidatesInStages(stages: readonly string[]): Promise<FamilyCandidate[]> {
    const rows = await this.families.find({
      select: { familyId: true, candidate: true },
      where: { stage: In([...stages]) },
      order: { familyId: 'ASC' },
    });
    return rows.map((row) => row.candidate);
  }
}
