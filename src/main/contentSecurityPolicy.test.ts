import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './contentSecurityPolicy.ts';

describe('contentSecurityPolicy', () => {
  const production = contentSecurityPolicy('production');

  it.each(["default-src 'none'", "script-src 'self'", "style-src 'self'", "font-src 'self'", "frame-ancestors 'none'"])(
    'production has %s',
    (directive) => {
      expect(production.split('; ')).toContain(directive);
    },
  );

  it('production allows nothing inline, nothing evaluated, nothing remote', () => {
    expect(production).not.toMatch(/unsafe-inline|unsafe-eval|https?:|ws:/);
  });

  it('the meta-tag form leaves out frame-ancestors, which browsers ignore there', () => {
    expect(contentSecurityPolicy('production', 'meta')).not.toContain('frame-ancestors');
  });

  it('development loosens only what the Vite dev server needs', () => {
    const development = contentSecurityPolicy('development');
    expect(development).toContain("script-src 'self' 'unsafe-inline'");
    expect(development).toContain('ws://localhost:*');
    expect(development).not.toContain('unsafe-eval');
  });
});
