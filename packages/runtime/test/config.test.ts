import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { baseConfigShape, commaList, ConfigError, parseConfig, portSetting } from '@pwatch/runtime';

const schema = z.object({ ...baseConfigShape, HTTP_PORT: portSetting(9100), ALLOW: commaList.default([]) });

describe('parseConfig', () => {
  it('runs on built-in defaults with an empty environment', () => {
    const config = parseConfig(schema, {});
    expect(config.DATABASE_URL).toBe('postgresql://postgres@127.0.0.1:5432/peninsula_watch');
    expect(config.REDIS_URL).toBe('redis://127.0.0.1:6379');
    expect(config.HTTP_PORT).toBe(9100);
    expect(config.ALLOW).toEqual([]);
  });

  it('reports every problem at once', () => {
    try {
      parseConfig(schema, { DATABASE_URL: 'mysql://x/y', LOG_LEVEL: 'loud', SHUTDOWN_TIMEOUT_MS: 'soon' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const issues = (error as ConfigError).issues.join('\n');
      expect(issues).toMatch(/DATABASE_URL/);
      expect(issues).toMatch(/LOG_LEVEL/);
      expect(issues).toMatch(/SHUTDOWN_TIMEOUT_MS/);
    }
  });

  it('treats empty strings as unset and parses lists and "off"', () => {
    const config = parseConfig(schema, { LOG_LEVEL: '', HTTP_PORT: 'off', ALLOW: '127.0.0.1, ::1,' });
    expect(config.LOG_LEVEL).toBe('info');
    expect(config.HTTP_PORT).toBeNull();
    expect(config.ALLOW).toEqual(['127.0.0.1', '::1']);
  });
});
