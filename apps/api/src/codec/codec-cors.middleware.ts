import { Inject, Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import type { VenskabConfig } from '@venskab/platform/config/config';
import { VENSKAB_CONFIG } from '../config/config.module';

/**
 * Temporal's web UI calls the codec server from the browser, on another origin: the UI's origin
 * (TEMPORAL_UI_URL) is allowed, with the headers the UI sends (its access token, the namespace).
 * Set before the auth guard, so a 401 reaches the UI as a 401; a preflight is answered here.
 */
@Injectable()
export class CodecCorsMiddleware implements NestMiddleware {
  private readonly allowedOrigin: string;

  constructor(@Inject(VENSKAB_CONFIG) config: VenskabConfig) {
    this.allowedOrigin = new URL(config.temporalUiUrl).origin;
  }

  use(request: Request, response: Response, next: NextFunction): void {
    response.setHeader('Vary', 'Origin');
    if (request.header('origin') === this.allowedOrigin) {
      response.setHeader('Access-Control-Allow-Origin', this.allowedOrigin);
      response.setHeader('Access-Control-Allow-Credentials', 'true');
      response.setHeader('Access-Control-Allow-Methods', 'POST, OPTIONS');
      response.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, X-Namespace');
      response.setHeader('Access-Control-Max-Age', '600');
    }
    if (request.method === 'OPTIONS') {
      response.status(204).end();
      return;
    }
    next();
  }
}
