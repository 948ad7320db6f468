/** Files Vite bundles and hands over as their URL (the design system's icon sprite). */
declare module '*.svg' {
  const url: string;
  export default url;
}
