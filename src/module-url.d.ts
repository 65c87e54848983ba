/** Imports handled by src/integrations/module-url.ts: the URL of a module built as its own chunk. */
declare module '*?module-url' {
  const url: string;
  export default url;
}
