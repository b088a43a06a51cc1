/// <reference types="svelte" />
/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** True in builds made with `--mode test` (vite.config.ts): test hooks exist only there. */
  readonly SANDAR_TEST_HOOKS: boolean;
}

/** A CSV of claims read at build time: the URL of its JSON (vite.config.ts, `readAtBuild`). */
declare module '*.csv?shipped-claims' {
  const url: string;
  export default url;
}

/** The corpus's sources.csv read at build time: its [file, title] pairs (vite.config.ts). */
declare module '*.csv?source-titles' {
  const titles: [string, string][];
  export default titles;
}

/** The metric view's first charts drawn at build time: the URL of their JSON (vite.config.ts). */
declare module '*.csv?first-charts' {
  const url: string;
  export default url;
}
