// The HtmlPrinter of the command line: Chromium at SOAT_CHROMIUM or /usr/bin/chromium, started
// only when an export needs it (.pdf, the charts of an audit .docx) and closed by the caller.
import { DEFAULT_CHROMIUM, openChromiumPrinter } from '../services/export/chromiumPrinter.ts';
import type { HtmlPrinter } from '../services/export/HtmlPrinter.ts';
import type { Result } from '../services/result.ts';
import type { CliIo } from './CliIo.ts';

export interface LazyPrinter {
  get(): Promise<Result<HtmlPrinter>>;
  close(): Promise<void>;
}

export function cliPrinter(io: CliIo): LazyPrinter {
  let opened: Promise<Result<HtmlPrinter>> | null = null;
  return {
    get: () => (opened ??= openChromiumPrinter(io.env['SOAT_CHROMIUM'] || DEFAULT_CHROMIUM)),
    async close() {
      const printer = await opened;
      if (printer?.ok) await printer.value.close();
    },
  };
}
