import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { FAMILY_POLICY } from '../families/family-policy.provider';
import type { FamilyPolicy } from '@venskab/domain/family';
import { childWaitReason, familyWaitReason } from '@venskab/domain/waiting/wait-reasons';
import type { ChildWaitReason, FamilyWaitReason } from '@venskab/domain/waiting/wait-reasons';
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
  /** The family proposed for the child, whose answer (and the child's side's) is awaited. */
  proposedFamilyId: string | null;
  reason: ChildWaitReason;
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
  reason: FamilyWaitReason;
}

type Counted<T> = T & { total: number };

/**
 * Who waits, from the projections: children in matching (the journeys table) and approved families
 * with a free place (the families table), each with why they still wait. A child's days are counted
 * in its own journey's programme day (its policy's, which PROGRAMME_DAY_LENGTH_MS may have shortened
 * for a demonstration when the journey started); a row projected before the journey's day length
 * was recorded, and every family, is counted in today's setting.
 */
@Injectable()
export class WaitingListsReadModel {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(FAMILY_POLICY) private readonly policy: FamilyPolicy,
  ) {}

  async children(query: WaitingListQuery): Promise<{ items: WaitingChild[]; total: number }> {
    const direction = waitingSinceDirection(query.sort);
    const rows: Array<Counted<Omit<WaitingChild, 'daysWaited' | 'reason'> & { dayLengthMs: number | null }>> = await this.dataSource.query(
      `SELECT j.journey_id AS "journeyId", j.child_label AS "childLabel", j.child_age AS "childAge", j.family_id AS "proposedFamilyId",
              j.caseworker_unit AS "caseworkerUnit", j.rematch_count AS "rematchCount",
              j.stage_entered_at AS "waitingSince", j.day_length_ms::float8 AS "dayLengthMs",
              EXISTS (SELECT 1 FROM tasks t WHERE t.journey_id = j.journey_id
                        AND t.kind = 'matching_escalation' AND t.status = 'open') AS "escalated",
              count(*) OVER ()::int AS "total"
         FROM journeys j
        WHERE j.stage = 'matching'
        ORDER BY j.stage_entered_at ${direction}, j.journey_id
        LIMIT $1 OFFSET $2`,
      [query.limit, query.offset],
    );
    const freeFamilies = await this.count(`SELECT count(*)::int AS n FROM families WHERE stage = 'approved' AND free_capacity > 0 AND waiting_since IS NOT NULL`);
    const now = new Date();
    return {
      items: rows.map(({ total: _total, dayLengthMs, ...child }) => ({
        ...child,
        daysWaited: daysWaited(child.waitingSince, now, dayLengthMs ?? this.policy.dayLengthMs),
        reason: childWaitReason(child, freeFamilies),
      })),
      total: rows[0]?.total ?? 0,
    };
  }

  async families(query: WaitingListQuery): Promise<{ items: WaitingFamily[]; total: number }> {
    const direction = waitingSinceDirection(query.sort);
    const rows: Array<Counted<Omit<WaitingFamily, 'daysWaited' | 'reason'>>> = await this.dataSource.query(
      `SELECT family_id AS "familyId", display_name AS "displayName", home_district AS "homeDistrict",
              capacity, free_capacity AS "freeCapacity", waiting_since AS "waitingSince",
              flagged_long_wait AS "flaggedLongWait", count(*) OVER ()::int AS "total"
         FROM families
        WHERE stage = 'approved' AND free_capacity > 0 AND waiting_since IS NOT NULL
        ORDER BY waiting_since ${direction}, family_id
        LIMIT $1 OFFSET $2`,
      [query.limit, query.offset],
    );
    const childrenWaiting = await this.count(`SELECT count(*)::int AS n FROM journeys WHERE stage = 'matching' AND family_id IS NULL`);
    const now = new Date();
    return {
      items: rows.map(({ total: _total, ...family }) => ({
        ...family,
        daysWaited: daysWaited(family.waitingSince, now, this.policy.dayLengthMs),
        reason: familyWaitReason(childrenWaiting),
      })),
      total: rows[0]?.total ?? 0,
    };
  }

  private async count(sql: string): Promise<number> {
    const [row]: Array<{ n: number }> = await this.dataSource.query(sql);
    return row.n;
  }
}
