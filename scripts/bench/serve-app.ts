/**
 * The built app served for a bench: built into a directory of the bench's own (so a `vite build`
 * running meanwhile, such as the tests', cannot swap files mid-run), then `vite preview` on a free
 * loopback port. With `reuse`, an existing build in that directory is served as it is.
 */
import { existsSync } from 'node:fs';
import { build, preview } from 'vite';

export interface ServedApp {
  baseUrl: string;
  close(): Promise<void>;
}

/**
 * @param mode `test` for a build with the test hooks (vite.config.ts), for a bench that times up to
 *   one; otherwise the production build
 */
export async function serveBuiltApp(
  outDir: string,
  reuse = false,
  mode: 'production' | 'test' = 'production',
): Promise<ServedApp> {
  if (!reuse || !existsSync(`${outDir}/index.html`))
    await build({ mode, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server = await preview({
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, open: false },
    logLevel: 'warn',
  });
  const baseUrl = server.resolvedUrls?.local[0];
  if (!baseUrl) throw new Error('vite preview did not report a URL');
  return { baseUrl, close: () => server.close() };
}
