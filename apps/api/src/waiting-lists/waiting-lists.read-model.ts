import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { FAMILY_POLICY } from '../families/family-policy.provider';
import type { FamilyPolicy } from '@venskab/domain/family';
import { daysWaited, waitingSinceDirection } from './wait-order';
import type { WaitingListQuery } from './dto/waiting-list.query';

export interface WaitingChild {
  journeyId: string;
  childLabel: string;
  childAge: number;
  caseworkerUnit: string;
  rematchCount: number;
  waitingSince: Date;
  daysWaited: number;
  /** The wait has been escalated to the programme manager and the escalation is still open. */
  escalated: boolean;
}

export interface WaitingFamily {
  familyId: string;
  displayName: string;
  homeDistrict: string | null;
  capacity: number;
  freeCapacity: number;
  waitingSince: Date;
  daysWaited: number;
  flaggedLongWait: boolean;
}

/**
 * Who waits, from the projections: children in matching (the journeys table) and approved families
 * with a free place (the families table). Days are counted in the programme's day, which the
 * PROGRAMME_DAY_LENGTH_MS setting shortens for demonstrations; both domains read the same setting.
 */
@Injectable()
export class WaitingListsReadModel {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(FAMILY_POLICY) private readonly policy: FamilyPolicy,
  ) {}

  async children(query: WaitingListQuery): Promise<{ items: WaitingChild[]; total: number }> {
    const direction = waitingSinceDirection(query.sort);
    const rows: Array<Omit<WaitingChild, 'daysWaited'> & { total: number }> = await this.dataSource.query(
      `SELECT j.journey_id AS "journeyId", j.child_label AS "childLabel", j.child_age AS "childAge",
              j.caseworker_unit AS "caseworkerUnit", j.rematch_count AS "rematchCount",
              j.stage_entered_at AS "waitingSince",
              EXISTS (SELECT 1 FROM tasks t WHERE t.journey_id = j.journey_id
                        AND t.kind = 'matching_escalation' AND t.status = 'open') AS "escalated",
              count(*) OVER ()::int AS "total"
         FROM journeys j
        WHERE j.stage = 'matching'
        ORDER BY j.stage_entered_at ${direction}, j.journey_id
        LIMIT $1 OFFSET $2`,
      [query.limit, query.offset],
    );
    return this.withDaysWaited(rows);
  }

  async families(query: WaitingListQuery): Promise<{ items: WaitingFamily[]; total: number }> {
    const direction = waitingSinceDirection(query.sort);
    const rows: Array<Omit<WaitingFamily, 'daysWaited'> & { total: number }> = await this.dataSource.query(
      `SELECT family_id AS "familyId", display_name AS "displayName", home_district AS "homeDistrict",
              capacity, free_capacity AS "freeCapacity", waiting_since AS "waitingSince",
              flagged_long_wait AS "flaggedLongWait", count(*) OVER ()::int AS "total"
         FROM families
        WHERE stage = 'approved' AND free_capacity > 0 AND waiting_since IS NOT NULL
        ORDER BY waiting_since ${direction}, family_id
        LIMIT $1 OFFSET $2`,
      [query.limit, query.offset],
    );
    return this.withDaysWaited(rows);
  }

  private withDaysWaited<T extends { waitingSince: Date; total: number }>(rows: T[]) {
    const now = new Date();
    return {
      items: rows.map(({ total: _total, ...row }) => ({ ...row, daysWaited: daysWaited(row.waitingSince, now, this.policy.dayLengthMs) })),
      total: rows[0]?.total ?? 0,
    };
  }
}
