import * as path from 'node:path';

/** Everything the processes read from the environment, validated once at boot. */
export interface VenskabConfig {
  /** Set: use this PostgreSQL. Unset: the start command runs an embedded one under dataDir. */
  databaseUrl: string | undefined;
  dataDir: string;
  embeddedPostgresPort: number;
  temporalAddress: string;
  /** `dev`: the Temporal CLI's dev server (SQLite); `server`: the Temporal server on PostgreSQL with two workers. */
  temporalMode: 'dev' | 'server';
  temporalNamespace: string;
  temporalUiPort: number;
  /** Where auditors open Temporal's web UI (no trailing slash). */
  temporalUiUrl: string;
  taskQueue: string;
  /** The workflow code bundled at build time; unset: the worker bundles it when it starts. */
  workflowBundlePath: string | undefined;
  apiPort: number;
  /** Interface the API binds to: loopback locally, 0.0.0.0 inside a container. */
  apiHost: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace';
  logFormat: 'json' | 'pretty';
  /** HS256 key for the API's own tokens (demo accounts); at least 32 characters. */
  jwtSecret: string | undefined;
  /** An OpenID Connect issuer whose tokens the API accepts instead; turns the demo accounts off. */
  authIssuerUrl: string | undefined;
  /** Audience the issuer's tokens must carry. */
  authAudience: string;
  /** smtp://user:pass@host:port of the mail relay; unset: no e-mail, notifications stay in the inbox. */
  smtpUrl: string | undefined;
  /** The From address of Venskab's e-mails. */
  mailFrom: string;
  /** Where people open Venskab, for links in e-mails and invitations (no trailing slash). */
  publicUrl: string;
  /** The key that wraps the children's data keys (32 bytes); unset: one made once in dataDir/master-key. */
  masterKey: Buffer | undefined;
}

export class ConfigError extends Error {}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace'] as const;

type Env = Record<string, string | undefined>;

function port(env: Env, name: string, fallback: number, problems: string[]): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 65535) {
    problems.push(`${name} must be a port number between 1 and 65535, got "${raw}"`);
    return fallback;
  }
  return value;
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T, problems: string[]): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    problems.push(`${name} must be one of ${allowed.join(', ')}, got "${raw}"`);
    return fallback;
  }
  return raw as T;
}

function databaseUrl(env: Env, problems: string[]): string | undefined {
  const raw = env.DATABASE_URL;
  if (raw === undefined || raw === '') return undefined;
  try {
    const url = new URL(raw);
    if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
      problems.push(`DATABASE_URL must start with postgres:// or postgresql://, got "${url.protocol}"`);
    }
  } catch {
    problems.push('DATABASE_URL is not a valid URL (expected postgres://user:password@host:port/database)');
  }
  return raw;
}

function temporalAddress(env: Env, problems: string[]): string {
  const raw = env.TEMPORAL_ADDRESS || '127.0.0.1:7233';
  if (!/^[A-Za-z0-9.\-[\]:]+:\d{1,5}$/.test(raw)) {
    problems.push(`TEMPORAL_ADDRESS must be host:port, got "${raw}"`);
  }
  return raw;
}

function jwtSecret(env: Env, problems: string[]): string | undefined {
  const raw = env.JWT_SECRET;
  if (raw === undefined || raw === '') return undefined;
  if (raw.length < 32) problems.push('JWT_SECRET must be at least 32 characters long');
  return raw;
}

const MASTER_KEY_BYTES = 32;

/** A 32-byte key given as 64 hex digits or base64 (VENSKAB_MASTER_KEY, or VENSKAB_NEW_MASTER_KEY of the rotation). */
export function masterKeySetting(env: Env, name: string, problems: string[]): Buffer | undefined {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return undefined;
  const key = /^[0-9a-fA-F]+$/.test(raw) ? Buffer.from(raw, 'hex') : Buffer.from(raw, 'base64');
  if (key.length !== MASTER_KEY_BYTES) problems.push(`${name} must be ${MASTER_KEY_BYTES} bytes, as 64 hex digits or base64`);
  return key;
}

function authIssuerUrl(env: Env, problems: string[]): string | undefined {
  const raw = env.AUTH_ISSUER_URL;
  if (raw === undefined || raw === '') return undefined;
  try {
    if (new URL(raw).protocol !== 'https:' && !/^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(raw)) {
      problems.push('AUTH_ISSUER_URL must be an https:// URL');
    }
  } catch {
    problems.push(`AUTH_ISSUER_URL is not a valid URL, got "${raw}"`);
  }
  return raw;
}

function smtpUrl(env: Env, problems: string[]): string | undefined {
  const raw = env.SMTP_URL;
  if (raw === undefined || raw === '') return undefined;
  try {
    const protocol = new URL(raw).protocol;
    if (protocol !== 'smtp:' && protocol !== 'smtps:') problems.push(`SMTP_URL must start with smtp:// or smtps://, got "${protocol}"`);
  } catch {
    problems.push('SMTP_URL is not a valid URL (expected smtp://user:password@host:port)');
  }
  return raw;
}

function publicUrl(env: Env, apiPort: number, problems: string[]): string {
  return httpUrl(env, 'PUBLIC_URL', `http://127.0.0.1:${apiPort}`, problems);
}

function httpUrl(env: Env, name: string, fallback: string, problems: string[]): string {
  const raw = env[name] || fallback;
  try {
    const protocol = new URL(raw).protocol;
    if (protocol !== 'https:' && protocol !== 'http:') problems.push(`${name} must be an http(s) URL, got "${raw}"`);
  } catch {
    problems.push(`${name} is not a valid URL, got "${raw}"`);
  }
  return raw.replace(/\/+$/, '');
}

/** Reads and validates the configuration; throws one ConfigError naming every bad value. */
export function loadConfig(env: Env = process.env, cwd: string = process.cwd()): VenskabConfig {
  const problems: string[] = [];
  const config: VenskabConfig = {
    databaseUrl: databaseUrl(env, problems),
    dataDir: path.resolve(cwd, env.VENSKAB_DATA_DIR || 'data'),
    embeddedPostgresPort: port(env, 'EMBEDDED_POSTGRES_PORT', 54320, problems),
    temporalAddress: temporalAddress(env, problems),
    temporalMode: oneOf(env, 'TEMPORAL_MODE', ['dev', 'server'] as const, 'dev', problems),
    temporalNamespace: env.TEMPORAL_NAMESPACE || 'default',
    temporalUiPort: port(env, 'TEMPORAL_UI_PORT', 8233, problems),
    temporalUiUrl: httpUrl(env, 'TEMPORAL_UI_URL', `http://127.0.0.1:${port(env, 'TEMPORAL_UI_PORT', 8233, [])}`, problems),
    taskQueue: env.TEMPORAL_TASK_QUEUE || 'venskab',
    workflowBundlePath: env.WORKFLOW_BUNDLE_PATH ? path.resolve(cwd, env.WORKFLOW_BUNDLE_PATH) : undefined,
    apiPort: port(env, 'API_PORT', 3000, problems),
    apiHost: env.API_HOST || '127.0.0.1',
    logLevel: oneOf(env, 'LOG_LEVEL', LOG_LEVELS, 'info', problems),
    logFormat: oneOf(env, 'LOG_FORMAT', ['json', 'pretty'] as const, 'json', problems),
    jwtSecret: jwtSecret(env, problems),
    authIssuerUrl: authIssuerUrl(env, problems),
    authAudience: env.AUTH_AUDIENCE || 'venskab-api',
    smtpUrl: smtpUrl(env, problems),
    mailFrom: env.MAIL_FROM || 'Venskab <venskab@localhost>',
    publicUrl: publicUrl(env, port(env, 'API_PORT', 3000, []), problems),
    masterKey: masterKeySetting(env, 'VENSKAB_MASTER_KEY', problems),
  };
  if (problems.length > 0) {
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  return config;
}

/** The PostgreSQL URL the processes connect to: the given one, or the embedded server's. */
export function effectiveDatabaseUrl(config: VenskabConfig): string {
  return config.databaseUrl ?? `postgres://venskab:venskab@127.0.0.1:${config.embeddedPostgresPort}/venskab`;
}
