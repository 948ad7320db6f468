import * as fs from 'node:fs';
import * as path from 'node:path';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { static as serveStatic } from 'express';

/**
 * Where the built admin UI lies (`npx vite build --config web/vite.config.ts` writes web/dist):
 * from apps/api/src/web when run with ts, from dist/apps/api/src/web when compiled.
 */
export function webUiDirectory(): string | null {
  const candidates = [path.resolve(__dirname, '../../../../web/dist'), path.resolve(__dirname, '../../../../../web/dist')];
  return candidates.find((directory) => fs.existsSync(path.join(directory, 'index.html'))) ?? null;
}

/**
 * Serves the UI's files, and the UI's page for any other browser navigation. The UI's paths and
 * the API's overlap (/journeys/:id is both a page and a resource), so what decides is whether the
 * caller asks for a page (Accept: text/html) or for data (the UI's own calls ask for JSON).
 */
export function webUiMiddleware(directory: string): RequestHandler {
  const files = serveStatic(directory, { index: false, fallthrough: true });
  const page = path.join(directory, 'index.html');
  return (request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    // Nest mounts middleware on a path pattern, which Express strips from request.url; the files need the whole path.
    const mountedUrl = request.url;
    request.url = request.originalUrl;
    files(request, response, () => {
      request.url = mountedUrl;
      if ((request.headers.accept ?? '').includes('text/html')) response.sendFile(page);
      else next();
    });
  };
}
