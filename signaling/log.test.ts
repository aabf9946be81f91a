import { describe, expect, it, vi } from 'vitest';
import { createLog, logLevelFromEnv } from './log';

const sink = () => ({ error: vi.fn(), warn: vi.fn(), log: vi.fn() });

describe('logLevelFromEnv', () => {
  it('is info when unset, and takes each level in any case', () => {
    expect(logLevelFromEnv(undefined)).toBe('info');
    expect(logLevelFromEnv('')).toBe('info');
    expect(logLevelFromEnv('DEBUG')).toBe('debug');
    expect(logLevelFromEnv('silent')).toBe('silent');
  });

  it('stops the server on an unknown level, naming the variable', () => {
    expect(() => logLevelFromEnv('verbose')).toThrow(
      'LOG_LEVEL must be one of silent, error, warn, info, debug, got "verbose"',
    );
  });
});

describe('createLog', () => {
  it('writes its level and the ones above it, and nothing below', () => {
    const out = sink();
    const log = createLog('warn', out);
    log.error('broke');
    log.warn('refused');
    log.info('listening');
    log.debug('detail');
    expect(out.error).toHaveBeenCalledWith('PeerText signaling: broke');
    expect(out.warn).toHaveBeenCalledWith('PeerText signaling: refused');
    expect(out.log).not.toHaveBeenCalled();
  });

  it('debug writes everything; silent writes nothing', () => {
    const loud = sink();
    createLog('debug', loud).debug('refused: rate-limited', { key: '203.0.113.0' });
    expect(loud.log).toHaveBeenCalledWith('PeerText signaling: refused: rate-limited', {
      key: '203.0.113.0',
    });
    const quiet = sink();
    const log = createLog('silent', quiet);
    log.error('x');
    log.info('y');
    expect([quiet.error, quiet.warn, quiet.log].every((f) => f.mock.calls.length === 0)).toBe(true);
  });
});
