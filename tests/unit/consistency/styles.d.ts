// The consistency test renders the print layout under Node, and the layout imports its
// stylesheet for Vite. Vitest ignores the import; this tells the Node-side type check
// (tsconfig.json, which has no vite/client types) that such an import is fine.
declare module '*.css';
