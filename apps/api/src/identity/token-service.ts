import { Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { createRemoteJWKSet, decodeJwt, JWTPayload, jwtVerify, SignJWT } from 'jose';
import { ROLES } from '@venskab/domain/shared/actor';
import type { Role } from '@venskab/domain/shared/actor';
import type { ApiErrorBody } from '@venskab/domain/shared';
import type { VenskabConfig } from '@venskab/platform/config/config';
import { VENSKAB_CONFIG } from '../config/config.module';
import { Identity, ROLE_CLAIM } from './identity';

/** The `iss` of the tokens the API signs itself. */
export const LOCAL_ISSUER = 'venskab';
const PERSON_ROLES: readonly string[] = ROLES.filter((role) => role !== 'system');

/** What a token proves: one of the API's own sign-ins (checked against its session), or an issuer's person. */
export type VerifiedToken = { kind: 'session'; personId: string; sessionId: string } | { kind: 'issuer'; identity: Identity };

const refused = (message: string) => new UnauthorizedException({ code: 'invalid_token', message } satisfies ApiErrorBody);

/**
 * Issues and verifies signed tokens. The API's own (HS256 with JWT_SECRET, issuer 'venskab') carry
 * only the person and the session; everything else is read from the session on each request. With
 * AUTH_ISSUER_URL set, staff tokens come from that OpenID Connect issuer (keys from its JWKS), and
 * the API's own tokens of families and parents are still accepted, told apart by `iss`.
 */
@Injectable()
export class TokenService {
  private readonly secret: Uint8Array | null;
  private remoteKeys: ReturnType<typeof createRemoteJWKSet> | null = null;

  constructor(@Inject(VENSKAB_CONFIG) private readonly config: VenskabConfig) {
    this.secret = config.jwtSecret ? new TextEncoder().encode(config.jwtSecret) : null;
    if (!config.authIssuerUrl && !this.secret) {
      throw new Error('Set JWT_SECRET (32+ characters) or AUTH_ISSUER_URL: the API cannot verify tokens without one.');
    }
  }

  /** No OpenID Connect issuer: everyone, staff included, signs in with the API. */
  get issuesOwnTokens(): boolean {
    return !this.config.authIssuerUrl;
  }

  /** Whether the API can sign tokens at all (with an issuer, only if JWT_SECRET is set too). */
  get signsTokens(): boolean {
    return this.secret !== null;
  }

  async issue(personId: string, sessionId: string, expiresAt: Date): Promise<string> {
    if (!this.secret) throw new Error('JWT_SECRET is not set: the API cannot sign tokens');
    return new SignJWT({ sid: sessionId })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(personId)
      .setIssuer(LOCAL_ISSUER)
      .setAudience(this.config.authAudience)
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.secret);
  }

  async verify(token: string): Promise<VerifiedToken> {
    let issuer: string | undefined;
    try {
      issuer = decodeJwt(token).iss;
    } catch (error) {
      throw refused(`The token was not accepted: ${(error as Error).message}`);
    }
    return issuer === LOCAL_ISSUER || this.issuesOwnTokens ? this.verifyOwn(token) : this.verifyIssuers(token);
  }

  private async verifyOwn(token: string): Promise<VerifiedToken> {
    if (!this.secret) throw refused('This API does not sign its own tokens.');
    let payload: JWTPayload;
    try {
      payload = (await jwtVerify(token, this.secret, { issuer: LOCAL_ISSUER, audience: this.config.authAudience, algorithms: ['HS256'] })).payload;
    } catch (error) {
      throw refused(`The token was not accepted: ${(error as Error).message}`);
    }
    if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string') throw refused('The token must name a person (sub) and a session (sid).');
    return { kind: 'session', personId: payload.sub, sessionId: payload.sid };
  }

  private async verifyIssuers(token: string): Promise<VerifiedToken> {
    let payload: JWTPayload;
    try {
      payload = (await jwtVerify(token, await this.issuerKeys(), { issuer: this.config.authIssuerUrl, audience: this.config.authAudience })).payload;
    } catch (error) {
      throw refused(`The token was not accepted: ${(error as Error).message}`);
    }
    const role = payload[ROLE_CLAIM];
    if (typeof payload.sub !== 'string' || typeof role !== 'string' || !PERSON_ROLES.includes(role)) {
      throw refused(`The token must name a user (sub) and a role (${ROLE_CLAIM}).`);
    }
    const displayName = typeof payload.name === 'string' ? payload.name : payload.sub;
    return { kind: 'issuer', identity: { userId: payload.sub, role: role as Role, displayName } };
  }

  /** The issuer's signing keys, found through OpenID Connect discovery and cached by jose. */
  private async issuerKeys(): Promise<ReturnType<typeof createRemoteJWKSet>> {
    if (!this.remoteKeys) {
      const discovery = await fetch(new URL('.well-known/openid-configuration', `${this.config.authIssuerUrl!.replace(/\/$/, '')}/`));
      if (!discovery.ok) throw new Error(`OpenID Connect discovery failed: HTTP ${discovery.status}`);
      const { jwks_uri: jwksUri } = (await discovery.json()) as { jwks_uri: string };
      this.remoteKeys = createRemoteJWKSet(new URL(jwksUri));
    }
    return this.remoteKeys;
  }
}
