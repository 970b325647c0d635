/** Types for `import.meta.env` and CSS imports, which Vite provides at build time. */
/// <reference types="vite/client" />
