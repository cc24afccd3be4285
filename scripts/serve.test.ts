import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from './serve.mjs';

describe('the security headers', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const html = readFileSync(new URL('../index.html', import.meta.url), 'utf8');

  it('are given in the README for nginx, Apache and IIS exactly as the bundled server sends them', () => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      expect(readme).toContain(`${name}: ${value}`);
      expect(readme).toContain(`add_header ${name} "${value}" always;`);
      expect(readme).toContain(`Header always set ${name} "${value}"`);
      expect(readme).toContain(`<add name="${name}" value="${value}" />`);
    }
  });

  it('match the page’s own policy, plus frame-ancestors, which only a header can carry', () => {
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(`${meta}; frame-ancestors 'none'`).toBe(CONTENT_SECURITY_POLICY);
  });
});
