// Vite's `?raw` suffix imports a file's text; the chapter is read this way at build time.
declare module '*.txt?raw' {
  const text: string;
  export default text;
}
