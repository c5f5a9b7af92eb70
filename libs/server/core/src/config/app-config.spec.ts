import { ConfigError, loadConfig } from './app-config';

const valid = { DATABASE_URL: 'postgres://u:p@localhost:5432/db', REDIS_URL: 'redis://localhost:6379' };

describe('loadConfig', () => {
  it('reads a valid environment with defaults', () => {
    const config = loadConfig(valid);
    expect(config.port).toBe(3000);
    expect(config.session.inactivityTimeoutMinutes).toBe(30);
    expect(config.session.secureCookie).toBe(false);
  });

  it('names every bad variable at once', () => {
    expect.assertions(4);
    try {
      loadConfig({ DATABASE_URL: 'mysql://x', PORT: 'eighty', NODE_ENV: 'staging' });
    } catch (error) {
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toContain('DATABASE_URL must start with postgres://');
      expect(problems).toContain('REDIS_URL is not set');
      expect(problems).toContain('PORT must be a whole number');
      expect(problems).toContain('NODE_ENV must be development, test or production');
    }
  });

  it('uses secure cookies in production', () => {
    expect(loadConfig({ ...valid, NODE_ENV: 'production' }).session.secureCookie).toBe(true);
  });
});
