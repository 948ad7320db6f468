import { applyDecorators, BadRequestException, Body, Headers, HttpCode, HttpStatus, Param, Post, Type, UseGuards } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiExcludeEndpoint,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOperation,
  ApiParam,
  ApiUnauthorizedResponse,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import type { Permission } from '../identity/access-policy';
import { CurrentActor } from '../identity/actor.decorator';
import type { Identity } from '../identity/identity';
import { Requires } from '../identity/requires.decorator';
import { ErrorResponse, ValidationErrorResponse } from '../openapi/responses';
import type { ApiErrorBody } from '@venskab/domain/shared';
import type { Role } from '@venskab/domain/shared/actor';
import { CommandBodyGuard } from './command-body.guard';
import { CommandRoleGuard } from './command-role.guard';

/** A controller that turns a validated command body into a command and sends it to its aggregate. */
export interface SendsCommands {
  send(type: string, actor: Identity, id: string, fields: object, idempotencyKey: string | undefined): Promise<unknown>;
}

export interface CommandRouteOptions {
  /** The path parameter naming the aggregate, e.g. journeyId → POST /journeys/:journeyId/commands/<Type>. */
  idParam: 'journeyId' | 'familyId';
  permission: Permission;
  /** The roles the domain lets send the command at all; any other role is answered 403. */
  roles: (type: string) => readonly Role[];
  /** Prefix of each operationId, e.g. "journey" → "journey.GiveConsent". */
  operationPrefix: string;
  /** What an accepted command answers (documentation only; a union is given as several classes). */
  responses: Type<unknown>[];
  /** A sentence per command for the documentation, e.g. who may send it in which stages. */
  describe: (type: string) => string;
}

/**
 * Adds one POST route per command to `controller`: `:<idParam>/commands/<Type>`, whose body is
 * validated against that command's own DTO class (by the global ValidationPipe, through the
 * parameter's design type) and documented with it. Before that, a role the domain never lets send
 * the command is answered 403, and a body that is not a JSON object 415/400. The route then only
 * hands the body on to `controller.send`. Added last: a catch-all for unknown command types
 * that answers 400 with the list of known ones (rather than Express's bare 404).
 */
export function addCommandRoutes(controller: Type<SendsCommands>, commands: Record<string, Type<object>>, options: CommandRouteOptions): void {
  const prototype = controller.prototype as Record<string, unknown>;
  const idDoc = ApiParam({ name: options.idParam, description: 'A UUID (or 32 hex digits when derived from an Idempotency-Key).' });
  for (const [type, dto] of Object.entries(commands)) {
    const method = `command${type}`;
    defineHandler(prototype, method, [Object, String, dto, String], function (this: SendsCommands, actor: Identity, id: string, fields: object, key?: string) {
      return this.send(type, actor, id, fields, key);
    });
    CurrentActor()(prototype, method, 0);
    Param(options.idParam)(prototype, method, 1);
    Body()(prototype, method, 2);
    Headers('idempotency-key')(prototype, method, 3);
    applyDecorators(
      Post(`:${options.idParam}/commands/${type}`),
      HttpCode(HttpStatus.CREATED),
      Requires(options.permission),
      UseGuards(new CommandRoleGuard(type, options.roles(type)), CommandBodyGuard),
      ApiBearerAuth(),
      ApiOperation({ operationId: `${options.operationPrefix}.${type}`, summary: type, description: options.describe(type) }),
      idDoc,
      ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retried command with the same key is applied once.' }),
      ApiBody({ type: dto }),
      ApiCreatedResponse({
        description: 'Accepted; the aggregate as it is now.',
        schema: { oneOf: options.responses.map((response) => ({ $ref: `#/components/schemas/${response.name}` })) },
      }),
      ApiBadRequestResponse({ type: ValidationErrorResponse, description: 'The body is not a JSON object, or a field is missing or malformed; each is named.' }),
      ApiUnauthorizedResponse({ type: ErrorResponse }),
      ApiForbiddenResponse({ type: ErrorResponse, description: 'The role may never send this command.' }),
      ApiNotFoundResponse({ type: ErrorResponse, description: 'No such aggregate, or not one the caller may see.' }),
      ApiUnsupportedMediaTypeResponse({ type: ErrorResponse, description: 'The body is not sent as application/json.' }),
      ApiConflictResponse({ type: ErrorResponse, description: "The domain refused the command: its code and reason." }),
    )(prototype, method, Object.getOwnPropertyDescriptor(prototype, method)!);
  }

  const known = Object.keys(commands);
  const unknown = 'unknownCommand';
  defineHandler(prototype, unknown, [String], (commandType: string) => {
    throw new BadRequestException({ code: 'unknown_command', message: [`commandType ${commandType} is not one of: ${known.join(', ')}`] } satisfies ApiErrorBody);
  });
  Param('commandType')(prototype, unknown, 0);
  applyDecorators(Post(`:${options.idParam}/commands/:commandType`), Requires(options.permission), ApiExcludeEndpoint())(
    prototype,
    unknown,
    Object.getOwnPropertyDescriptor(prototype, unknown)!,
  );
}

function defineHandler(prototype: object, name: string, parameterTypes: unknown[], handler: (...args: never[]) => unknown): void {
  if (Object.prototype.hasOwnProperty.call(prototype, name)) throw new Error(`${name} is already a route of this controller`);
  Object.defineProperty(handler, 'name', { value: name });
  Object.defineProperty(prototype, name, { value: handler, writable: true, configurable: true, enumerable: false });
  Reflect.defineMetadata('design:paramtypes', parameterTypes, prototype, name);
  Reflect.defineMetadata('design:returntype', Promise, prototype, name);
}
