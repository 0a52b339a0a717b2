import { describe, expect, it } from 'vitest';
import { hostNamesOf, servingMessage } from '../../src/cli/commands/serve.js';

describe('paraat serve', () => {
  it('prints the loopback URL and no warning when serving this machine only', () => {
    expect(servingMessage('127.0.0.1', 8080, true, ['192.168.1.20'])).toBe('  dashboard: http://127.0.0.1:8080/\n  API:       http://127.0.0.1:8080/api/openapi.json\n');
  });

  it('prints URLs a browser can open and warns that reads are open when binding beyond loopback', () => {
    expect(servingMessage('0.0.0.0', 8080, false, ['192.168.1.20', 'fe80::1'])).toBe(
      '  dashboard: http://127.0.0.1:8080/  http://192.168.1.20:8080/\n' +
        '  API:       http://127.0.0.1:8080/api/openapi.json\n' +
        'warning: listening on 0.0.0.0, beyond this machine: anyone who can reach it can read every stored article and event\n' +
        '  (PARAAT_TOKEN is not set: POST /api/articles is refused)\n',
    );
    expect(servingMessage('::', 9000, true, [])).toContain('warning: listening on ::, beyond this machine');
    expect(servingMessage('10.0.0.5', 9000, true, [])).toContain('  dashboard: http://10.0.0.5:9000/\n');
    expect(servingMessage('::1', 9000, true, [])).toBe('  dashboard: http://[::1]:9000/\n  API:       http://[::1]:9000/api/openapi.json\n');
  });

  it('allows the names of the address it listens on: a wildcard means every name of the machine', () => {
    expect(hostNamesOf('10.0.0.5', ['192.168.1.20'], 'box')).toEqual(['10.0.0.5']);
    expect(hostNamesOf('0.0.0.0', ['192.168.1.20', 'fe80::1'], 'box')).toEqual(['box', '192.168.1.20', 'fe80::1']);
  });
});
