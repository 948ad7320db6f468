import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageQuery } from '../../common/page.query';
import { FAMILY_STAGES } from '@venskab/domain/family';
import { WAIT_ORDERS, WaitOrder } from '../../waiting-lists/wait-order';

export class ListFamiliesQuery extends PageQuery {
  @ApiPropertyOptional({ enum: FAMILY_STAGES })
  @IsOptional()
  @IsIn(FAMILY_STAGES)
  stage?: string;

  /** Without it, families are listed in the order they applied; waiting orders put those not waiting last. */
  @ApiPropertyOptional({ enum: WAIT_ORDERS })
  @IsOptional()
  @IsIn(WAIT_ORDERS)
  sort?: WaitOrder;
}
