import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Requires } from '../identity/requires.decorator';
import { WaitingListQuery } from './dto/waiting-list.query';
import { WaitingListsReadModel } from './waiting-lists.read-model';

/** How many children and how many approved families wait, and for how long: the programme's hardest numbers. */
@ApiTags('waiting lists')
@ApiBearerAuth()
@Controller('waiting-lists')
export class WaitingListsController {
  constructor(private readonly readModel: WaitingListsReadModel) {}

  @Get('children')
  @Requires('waiting-lists.read')
  @ApiOperation({ operationId: 'waitingLists.children', summary: 'Children waiting for a family, and for how long' })
  @ApiOkResponse({ schema: { type: 'object', additionalProperties: true } })
  children(@Query() query: WaitingListQuery) {
    return this.readModel.children(query);
  }

  @Get('families')
  @Requires('waiting-lists.read')
  @ApiOperation({ operationId: 'waitingLists.families', summary: 'Approved families waiting for a child, and for how long' })
  @ApiOkResponse({ schema: { type: 'object', additionalProperties: true } })
  families(@Query() query: WaitingListQuery) {
    return this.readModel.families(query);
  }
}
