// Room: renderer — Vite turns `import css from './x.css?inline'` into the stylesheet's text.
declare module '*.css?inline' {
  const css: string;
  export default css;
}
