import { describe, expect, it } from 'vitest';
import { isAppUrl, type RendererLocation } from './isAppUrl.ts';

const built: RendererLocation = { kind: 'file', url: 'file:///opt/soat/out/renderer/index.html' };
const dev: RendererLocation = { kind: 'dev-server', url: 'http://localhost:5173/' };

describe('isAppUrl', () => {
  it.each([
    { renderer: built, url: 'file:///opt/soat/out/renderer/index.html', expected: true },
    { renderer: built, url: 'file:///opt/soat/out/renderer/index.html#/thu-vien', expected: true },
    { renderer: built, url: 'file:///etc/passwd', expected: false },
    { renderer: built, url: 'file:///opt/soat/out/renderer/other.html', expected: false },
    { renderer: built, url: 'https://example.com/', expected: false },
    { renderer: built, url: undefined, expected: false },
    { renderer: built, url: 'not a url', expected: false },
    { renderer: dev, url: 'http://localhost:5173/src/main.tsx', expected: true },
    { renderer: dev, url: 'http://localhost:5174/', expected: false },
    { renderer: dev, url: 'http://localhost.evil.example:5173/', expected: false },
    { renderer: dev, url: 'file:///opt/soat/out/renderer/index.html', expected: false },
  ])('$renderer.kind: $url → $expected', ({ renderer, url, expected }) => {
    expect(isAppUrl(url, renderer)).toBe(expected);
  });
});
