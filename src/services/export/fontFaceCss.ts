// Room: services — Be Vietnam Pro for printed reports, as @font-face rules with the font files
// inlined (base64 woff2): the HTML printed to PDF loads nothing, and Vietnamese letters render the
// same on every machine whatever fonts it has. The Vietnamese, Latin and Latin Extended subsets
// of the weights the reports use, with fontsource's unicode ranges.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const WEIGHTS = [400, 700] as const;
let cached: string | null = null;

export const REPORT_FONT_FAMILY = "'Be Vietnam Pro'";

export function fontFaceCss(): string {
  if (cached !== null) return cached;
  const packageDir = dirname(require.resolve('@fontsource/be-vietnam-pro/package.json'));
  cached = WEIGHTS.map((weight) =>
    readFileSync(join(packageDir, `${weight}.css`), 'utf8').replace(
      /src:\s*url\(\.\/files\/([^)]+?\.woff2)\)\s*format\('woff2'\)[^;]*;/gu,
      (_m, file: string) => `src: url(data:font/woff2;base64,${readFileSync(join(packageDir, 'files', file)).toString('base64')}) format('woff2');`,
    ),
  ).join('\n');
  return cached;
}
