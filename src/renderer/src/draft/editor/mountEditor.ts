// Room: renderer — where the editor lives: a shadow root inside its host element. CodeMirror
// styles itself at run time; in a document it does so with <style> elements, which the strict
// Content-Security-Policy (style-src 'self', nothing inline) refuses — the editor would lose
// its layout and the cards their frame. In a shadow root it adopts constructed style sheets
// instead, made by the app's own script, which the policy allows; the editor's own rules
// (editor.css) are adopted the same way.
import editorCss from './editor.css?inline';

let sheet: CSSStyleSheet | null = null;

export function mountEditor(host: HTMLElement): { root: ShadowRoot; parent: HTMLElement } {
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  if (sheet === null) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(editorCss);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  const parent = document.createElement('div');
  parent.className = 'editor-mount';
  root.replaceChildren(parent);
  return { root, parent };
}
