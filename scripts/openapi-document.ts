// Writes the API's OpenAPI document to web/src/api/openapi.json and the UI's TypeScript types
// generated from it (openapi-typescript) to web/src/api/schema.d.ts (npm run openapi). The document
// is built from the Nest app's controllers and DTO classes as /api/docs-json serves it, without
// listening or connecting: the app is created in Nest's preview mode (no provider is instantiated,
// so neither PostgreSQL nor Temporal is reached) with a config pointing at unused loopback ports.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import { AppModule } from '../apps/api/src/app.module';
import { openApiDocument } from '../apps/api/src/openapi/openapi';
import { loadConfig } from '@venskab/platform/config/config';

/** The repository: the nearest folder up with a package.json (from scripts/, dist/scripts/ or a test's build folder). */
function repositoryRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}

const ROOT = repositoryRoot();
export const OPENAPI_JSON_PATH = path.join(ROOT, 'web', 'src', 'api', 'openapi.json');
export const OPENAPI_SCHEMA_PATH = path.join(ROOT, 'web', 'src', 'api', 'schema.d.ts');

/** Port 9 (discard) and friends on loopback: nothing is ever connected to in preview mode, and nothing real would answer. */
const OFFLINE_ENV = {
  DATABASE_URL: 'postgres://venskab:unused@127.0.0.1:9/venskab',
  TEMPORAL_ADDRESS: '127.0.0.1:9',
  API_PORT: '9',
  API_HOST: '127.0.0.1',
  // The API signs its own tokens, as `npm start` runs it (the demo accounts' routes are documented).
  JWT_SECRET: 'openapi-document-only-never-used-for-signing',
  LOG_LEVEL: 'fatal',
};

/** The document exactly as the running API serves it at /api/docs-json (same builder: openApiDocument). */
export async function buildOpenApiDocument(): Promise<OpenAPIObject> {
  const config = loadConfig(OFFLINE_ENV, ROOT);
  const app = await NestFactory.create(AppModule.forRoot(config), { preview: true, logger: false, abortOnError: false });
  try {
    return openApiDocument(app);
  } finally {
    await app.close();
  }
}

export function serialiseDocument(document: OpenAPIObject): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

async function main(): Promise<void> {
  const document = await buildOpenApiDocument();
  if (process.argv.includes('--stdout')) {
    process.stdout.write(serialiseDocument(document));
    return;
  }
  fs.writeFileSync(OPENAPI_JSON_PATH, serialiseDocument(document));
  // openapi-typescript is an ES module; its CLI runs it in its own process.
  const cli = path.join(ROOT, 'node_modules', 'openapi-typescript', 'bin', 'cli.js');
  execFileSync(process.execPath, [cli, OPENAPI_JSON_PATH, '--output', OPENAPI_SCHEMA_PATH], { cwd: ROOT, stdio: 'inherit' });
  console.log(`wrote ${path.relative(ROOT, OPENAPI_JSON_PATH)} (${Object.keys(document.paths).length} paths) and ${path.relative(ROOT, OPENAPI_SCHEMA_PATH)}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
