import { readConfig, type AppConfig } from '@/lib/config';

/** A config read from the given variables only, never from process.env. */
export function testConfig(env: Record<string, string | undefined> = {}): AppConfig {
  return readConfig({ NODE_ENV: 'test', ...env });
}
