// A directive as `--json` prints it: the gold schema of ../shared/gold/README.md (kind, number,
// issuer, issuedOn, title, implements, validity, figures, quotes, references, sections) plus the
// fields the checker uses (id, province, themes, offsets, status). The full text is left out:
// it is the input, and it would drown the output.
import type { Directive, LibraryDirective } from '../core/index.ts';

export function directiveJson(directive: Directive | LibraryDirective): Record<string, unknown> {
  const { text: _text, ...rest } = directive;
  return {
    file: rest.file,
    id: rest.id,
    kind: rest.kind,
    number: rest.number,
    issuer: rest.issuer,
    province: rest.province,
    issuedOn: rest.issuedOn,
    title: rest.title,
    implements: rest.implements,
    validity: rest.validity,
    figures: rest.figures,
    quotes: rest.quotes,
    references: rest.references,
    sections: rest.sections,
    themes: rest.themes,
    ...('status' in rest ? { status: rest.status } : {}),
  };
}
