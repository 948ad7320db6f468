import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageQuery } from '../../common/page.query';
import { WAIT_ORDERS, WaitOrder } from '../wait-order';

export class WaitingListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: WAIT_ORDERS, default: 'longest_wait_first' })
  @IsOptional()
  @IsIn(WAIT_ORDERS)
  sort: WaitOrder = 'longest_wait_first';
}
