/** How much the server tells its operator (LOG_LEVEL): each level includes the ones before it. */
export const LOG_LEVELS = ['silent', 'error', 'warn', 'info', 'debug'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface Log {
  error(message: string, ...details: unknown[]): void;
  warn(message: string, ...details: unknown[]): void;
  info(message: string, ...details: unknown[]): void;
  debug(message: string, ...details: unknown[]): void;
}

/** LOG_LEVEL from the environment; unset is `info`, anything unknown stops the server at start. */
export function logLevelFromEnv(value: string | undefined): LogLevel {
  if (value === undefined || value === '') return 'info';
  const level = value.toLowerCase();
  if ((LOG_LEVELS as readonly string[]).includes(level)) return level as LogLevel;
  throw new Error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${value}"`);
}

type Sink = Pick<Console, 'error' | 'warn' | 'log'>;

/**
 * A log that drops what is below `level`. Never given message content: the server relays only
 * signaling, and its log says what happened (a refusal and its reason), not what was in it.
 */
export function createLog(level: LogLevel, sink: Sink = console): Log {
  const rank = LOG_LEVELS.indexOf(level);
  const at =
    (min: LogLevel, write: (...args: unknown[]) => void) =>
    (message: string, ...details: unknown[]) => {
      if (rank >= LOG_LEVELS.indexOf(min)) write(`PeerText signaling: ${message}`, ...details);
    };
  return {
    error: at('error', (...a) => sink.error(...a)),
    warn: at('warn', (...a) => sink.warn(...a)),
    info: at('info', (...a) => sink.log(...a)),
    debug: at('debug', (...a) => sink.log(...a)),
  };
}
