import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { VenskabConfig } from '@venskab/platform/config/config';
import { VENSKAB_CONFIG } from '../config/config.module';
import { Public } from '../identity/requires.decorator';

/** The settings the web UI needs from the deployment; nothing secret, so readable before sign-in. */
@ApiTags('configuration')
@Controller('config')
export class UiConfigController {
  constructor(@Inject(VENSKAB_CONFIG) private readonly config: VenskabConfig) {}

  @Public()
  @Get('ui')
  @ApiOperation({ operationId: 'config.ui', summary: "Where Temporal's web UI is, for the audit page's link" })
  @ApiOkResponse({ schema: { type: 'object', properties: { temporalUiUrl: { type: 'string' }, temporalNamespace: { type: 'string' } } } })
  ui() {
    return { temporalUiUrl: this.config.temporalUiUrl, temporalNamespace: this.config.temporalNamespace };
  }
}
