import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

export const API_DOCS_PATH = 'api/docs';
export const API_DOCS_JSON_PATH = 'api/docs-json';

/** The OpenAPI document, generated from the controllers and DTO classes. */
export function openApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Venskab API')
    .setDescription(
      'Friendship families for children in vulnerable positions. Sign in at POST /auth/token (demo accounts) and send ' +
        '"Authorization: Bearer <accessToken>". Commands: POST /journeys/{journeyId}/commands/{CommandType} and ' +
        'POST /families/{familyId}/commands/{CommandType}; the body is the command\'s fields, the actor is the caller. ' +
        'A bad field answers 400 naming it, a refusal by the domain 409 {code, message}, an id the caller may not see 404.',
    )
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
    .build();
  return SwaggerModule.createDocument(app, config, { operationIdFactory: (_controller, method) => method });
}

/**
 * Interactive documentation at /api/docs and the document at /api/docs-json. Served by the HTTP
 * adapter outside Nest's router, so the global AuthGuard does not apply: both are public.
 */
export function serveOpenApi(app: INestApplication): void {
  SwaggerModule.setup(API_DOCS_PATH, app, () => openApiDocument(app), {
    jsonDocumentUrl: API_DOCS_JSON_PATH,
    yamlDocumentUrl: 'api/docs-yaml',
    swaggerOptions: { persistAuthorization: true },
  });
}
