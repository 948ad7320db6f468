import { ConfigError } from '@venskab/platform/config/config';
import { archiveIntervalMs } from './history-archiver';

describe('the archiver interval setting', () => {
  it('is 30 seconds unless HISTORY_ARCHIVE_INTERVAL_SECONDS says otherwise', () => {
    expect(archiveIntervalMs({})).toBe(30_000);
    expect(archiveIntervalMs({ HISTORY_ARCHIVE_INTERVAL_SECONDS: '' })).toBe(30_000);
    expect(archiveIntervalMs({ HISTORY_ARCHIVE_INTERVAL_SECONDS: '2.5' })).toBe(2_500);
  });

  it('refuses a value that is not a positive number, naming the variable', () => {
    for (const bad of ['0', '-1', 'soon']) {
      expect(() => archiveIntervalMs({ HISTORY_ARCHIVE_INTERVAL_SECONDS: bad })).toThrow(ConfigError);
      expect(() => archiveIntervalMs({ HISTORY_ARCHIVE_INTERVAL_SECONDS: bad })).toThrow(/HISTORY_ARCHIVE_INTERVAL_SECONDS/);
    }
  });
});
