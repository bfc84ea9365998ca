// Room: services — one directive as the library view shows it: its line in the list, and every
// figure, quote, reference and theme with the key an edit addresses it by.

import type { Citation, Figure, Quote, Theme } from '../../core/index.ts';
import type { DirectiveSummary } from '../library/listDirectives.ts';
import type { Library } from '../library/openLibrary.ts';

export interface KeyedItem<T> {
  key: string;
  /** parsed from the text, or added by a lead. */
  origin: 'parsed' | 'added';
  item: T;
}

export interface DirectiveDetail {
  summary: DirectiveSummary;
  province: string | null;
  figures: KeyedItem<Figure>[];
  quotes: KeyedItem<Quote>[];
  references: KeyedItem<Citation>[];
  implements: KeyedItem<Citation>[];
  themes: KeyedItem<Theme>[];
}

export function directiveDetail(library: Library, idOrNumber: string): DirectiveDetail | null {
  const directive = library.get(idOrNumber);
  if (directive === null) return null;
  const summary = library.list().find((d) => d.id === directive.id);
  if (summary === undefined) return null;
  const items = <T>(kind: 'figure' | 'quote' | 'reference' | 'implements' | 'theme'): KeyedItem<T>[] =>
    (library.items(directive.id, kind) ?? []).map(({ key, origin, item }) => ({ key, origin, item: item as T }));
  return {
    summary,
    province: directive.province,
    figures: items<Figure>('figure'),
    quotes: items<Quote>('quote'),
    references: items<Citation>('reference'),
    implements: items<Citation>('implements'),
    themes: items<Theme>('theme'),
  };
}
