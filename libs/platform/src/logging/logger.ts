import pino, { Logger } from 'pino';
import type { VenskabConfig } from '../config/config';

/** Structured JSON logs for machines; `LOG_FORMAT=pretty` renders them readable in a terminal. */
export function createLogger(name: string, config: Pick<VenskabConfig, 'logLevel' | 'logFormat'>): Logger {
  return pino({
    name,
    level: config.logLevel,
    transport:
      config.logFormat === 'pretty'
        ? { target: 'pino-pretty', options: { colorize: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' } }
        : undefined,
  });
}

export type { Logger };
