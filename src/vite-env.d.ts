/// <reference types="svelte" />
/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** True in builds made with `--mode test` (vite.config.ts): test hooks exist only there. */
  readonly SANDAR_TEST_HOOKS: boolean;
}
