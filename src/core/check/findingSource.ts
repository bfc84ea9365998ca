// Where an approved wording comes from, as a finding shows it.
import type { LibraryDirective, FindingSource } from './types.ts';

export function findingSource(directive: LibraryDirective, sectionPath: string | null, sentence: string): FindingSource {
  return { directive: directive.id, directiveTitle: directive.title, sectionPath, sentence };
}

/** "Công văn 1383-CV/BTGTU" or the file name of a directive without a number. */
export function directiveLabel(directive: LibraryDirective): string {
  return directive.number ?? directive.id;
}
