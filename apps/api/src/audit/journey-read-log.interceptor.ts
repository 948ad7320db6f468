import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { concatMap, from, map, Observable } from 'rxjs';
import type { AuthenticatedRequest } from '../identity/auth.guard';
import { JourneyReadLog } from './journey-read-log';

/**
 * Logs every successful GET of a route with a `:journeyId` (the journey, its timeline, events,
 * row, match suggestions, and any such route added later), whoever reads. The answer is held back
 * until the log row is written: a read of a child's journey is never served without its record.
 */
@Injectable()
export class JourneyReadLogInterceptor implements NestInterceptor {
  constructor(private readonly readLog: JourneyReadLog) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const journeyId = request.params?.journeyId;
    // Without an identity the guard let the request through as public; there is no reader to name.
    if (request.method !== 'GET' || typeof journeyId !== 'string' || !request.identity) return next.handle();
    const reader = request.identity;
    const what = `GET ${request.baseUrl}${(request.route as { path?: string } | undefined)?.path ?? request.path}`;
    return next.handle().pipe(concatMap((body) => from(this.readLog.record(reader, journeyId, what)).pipe(map(() => body))));
  }
}
