// The one public door of src/core: pure TypeScript, text in and data out.
// core imports nothing outside core: no electron, no node:*, no React, no DOM.
export type * from './directive/types.ts';
export type * from './check/types.ts';
export { PARSER_VERSION, parseDirective, type ParseOptions } from './directive/parseDirective.ts';
export { normalizeText, toSourceSpan, toNormalOffset, type NormalText } from './text/normalizeText.ts';
export { placeTones, canonicalTones } from './text/tonePlacement.ts';
export { compileLibrary, asLibraryDirective, type CompiledLibrary } from './check/compileLibrary.ts';
export { checkDraft } from './check/checkDraft.ts';
export { inForce } from './check/inForce.ts';
