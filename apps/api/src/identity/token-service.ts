import { Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { createRemoteJWKSet, JWTPayload, jwtVerify, SignJWT } from 'jose';
import { ROLES } from '@venskab/domain/shared/actor';
import type { Role } from '@venskab/domain/shared/actor';
import type { VenskabConfig } from '@venskab/platform/config/config';
import { VENSKAB_CONFIG } from '../config/config.module';
import { FAMILY_CLAIM, Identity, ROLE_CLAIM } from './identity';
import type { ApiErrorBody } from '@venskab/domain/shared';

const LOCAL_ISSUER = 'venskab';
const TOKEN_LIFETIME = '8h';
const PERSON_ROLES: readonly string[] = ROLES.filter((role) => role !== 'system');

/**
 * Issues and verifies signed tokens. With AUTH_ISSUER_URL set, only that OpenID Connect issuer's
 * tokens are accepted (keys from its JWKS); otherwise the API signs its own with JWT_SECRET.
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

  get issuesOwnTokens(): boolean {
    return !this.config.authIssuerUrl;
  }

  async issue(identity: Identity): Promise<string> {
    if (!this.secret || !this.issuesOwnTokens) throw new Error('tokens come from the configured OpenID Connect issuer');
    const claims: JWTPayload = { [ROLE_CLAIM]: identity.role, ...(identity.familyId ? { [FAMILY_CLAIM]: identity.familyId } : {}) };
    return new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(identity.userId)
      .setIssuer(LOCAL_ISSUER)
      .setAudience(this.config.authAudience)
      .setIssuedAt()
      .setExpirationTime(TOKEN_LIFETIME)
      .sign(this.secret);
  }

  async verify(token: string): Promise<Identity> {
    let payload: JWTPayload;
    try {
      payload = this.issuesOwnTokens
        ? (await jwtVerify(token, this.secret!, { issuer: LOCAL_ISSUER, audience: this.config.authAudience, algorithms: ['HS256'] })).payload
        : (await jwtVerify(token, await this.issuerKeys(), { issuer: this.config.authIssuerUrl, audience: this.config.authAudience })).payload;
    } catch (error) {
      throw new UnauthorizedException({ code: 'invalid_token', message: `The token was not accepted: ${(error as Error).message}` } satisfies ApiErrorBody);
    }
    const role = payload[ROLE_CLAIM];
    if (typeof payload.sub !== 'string' || typeof role !== 'string' || !PERSON_ROLES.includes(role)) {
      throw new UnauthorizedException({ code: 'invalid_token', message: `The token must name a user (sub) and a role (${ROLE_CLAIM}).` } satisfies ApiErrorBody);
    }
    const familyId = payload[FAMILY_CLAIM];
    return { userId: payload.sub, role: role as Role, ...(typeof familyId === 'string' ? { familyId } : {}) };
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
