import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
// The root tsconfig resolves modules the Node 10 way, which cannot see the types of these ESM-only
// packages; apps/web/tsconfig.json (moduleResolution "bundler") checks this file properly.
// eslint-disable-next-line @typescript-eslint/ban-ts-comment
// @ts-ignore
import { createLogger, defineConfig } from 'vite';
// eslint-disable-next-line @typescript-eslint/ban-ts-comment
// @ts-ignore
import react from '@vitejs/plugin-react';
import { viteStaticCopy } from 'vite-plugin-static-copy';
import { compression } from 'vite-plugin-compression2';

const repo = path.resolve(__dirname, '../..');

/** The workspace's path aliases (tsconfig.base.json "paths"), so `@lantern/shared/domain` means the same to Vite as to tsc. */
function workspaceAliases(): { find: RegExp; replacement: string }[] {
  const tsconfig = JSON.parse(readFileSync(path.join(repo, 'tsconfig.base.json'), 'utf8')) as {
    compilerOptions?: { paths?: Record<string, string[]> };
  };
  return Object.entries(tsconfig.compilerOptions?.paths ?? {}).map(([name, [target]]) => ({
    find: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`),
    replacement: path.join(repo, target),
  }));
}

/**
 * GOV.UK Frontend's CSS is known to trigger two harmless build warnings: its fonts and images are served from
 * /assets at run time (copied below), and it carries old Internet Explorer hacks the minifier drops. Keep the
 * build output for warnings that matter.
 */
function loggerWithoutKnownGovukNoise() {
  const logger = createLogger();
  const known = (message: string) =>
    /\/assets\/(fonts|images)\/.* didn't resolve at build time/.test(message) ||
    (message.includes('[lightningcss minify]') && message.includes('govuk-frontend'));
  const warn = logger.warn.bind(logger);
  const warnOnce = logger.warnOnce.bind(logger);
  logger.warn = (message: string, options?: Parameters<typeof warn>[1]) =>
    known(message) ? undefined : warn(message, options);
  logger.warnOnce = (message: string, options?: Parameters<typeof warnOnce>[1]) =>
    known(message) ? undefined : warnOnce(message, options);
  return logger;
}

/**
 * The page's text waits for GOV.UK's two WOFF2 fonts, which the browser finds only once the stylesheet is parsed:
 * ask for them with the page instead (their names carry GOV.UK Frontend's version, so they are read from it).
 */
function preloadGovukFonts() {
  const fonts = readdirSync(path.join(repo, 'node_modules/govuk-frontend/dist/govuk/assets/fonts')).filter((name) =>
    /^(light|bold)-.*\.woff2$/.test(name),
  );
  if (fonts.length !== 2) throw new Error(`Expected GOV.UK Frontend's light and bold WOFF2 fonts, found ${fonts}`);
  return {
    name: 'preload-govuk-fonts',
    transformIndexHtml: () =>
      fonts.map((font) => ({
        tag: 'link',
        attrs: { rel: 'preload', href: `/assets/fonts/${font}`, as: 'font', type: 'font/woff2', crossorigin: '' },
        injectTo: 'head' as const,
      })),
  };
}

/**
 * react-router's package exports only its development build; it also ships a production build without the
 * dev-only warnings. Use that one in production bundles.
 */
function reactRouterProductionBuild(mode: string): { find: RegExp; replacement: string }[] {
  return mode === 'production'
    ? [{ find: /^react-router$/, replacement: path.join(repo, 'node_modules/react-router/dist/production/index.mjs') }]
    : [];
}

export default defineConfig(({ mode }: { mode: string }) => ({
  root: __dirname,
  customLogger: loggerWithoutKnownGovukNoise(),
  publicDir: false as const,
  plugins: [
    react(),
    preloadGovukFonts(),
    // GOV.UK Frontend's CSS asks for its fonts and images at /assets/...: serve them from here, never a CDN.
    viteStaticCopy({
      targets: [
        {
          src: path.join(repo, 'node_modules/govuk-frontend/dist/govuk/assets/*').split(path.sep).join('/'),
          dest: 'assets',
        },
      ],
    }),
    // Scripts and styles compressed once, at build time, as Brotli and gzip (the API serves whichever the browser
    // takes), rather than on every request.
    compression({ include: /\.(js|css)$/, algorithms: ['brotliCompress', 'gzip'] }),
  ],
  resolve: { alias: [...workspaceAliases(), ...reactRouterProductionBuild(mode)] },
  // GOV.UK Frontend's CSS still carries an old Internet Explorer hack (`@media screen\0`) that the minifier
  // cannot parse; modern browsers ignore it, so let the minifier drop it.
  css: { lightningcss: { errorRecovery: true } },
  build: {
    outDir: path.join(repo, 'dist/apps/web'),
    emptyOutDir: true,
    // Maps stay beside the build for a developer reading a stack trace; the scripts do not point at them and the API
    // does not serve them (web-assets.ts).
    sourcemap: 'hidden',
    reportCompressedSize: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate files stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
            { name: 'apollo', test: /node_modules[\\/](@apollo|graphql|rxjs|optimism|@wry|tslib)[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    port: 4200,
    proxy: {
      '/graphql': { target: 'http://localhost:3000', changeOrigin: false },
      '/health': { target: 'http://localhost:3000', changeOrigin: false },
      // The board report's downloads (not /reports itself: that is the web app's information reports).
      '^/reports/board\\.(csv|xlsx|pdf)': { target: 'http://localhost:3000', changeOrigin: false },
    },
  },
  preview: {
    port: 4300,
    proxy: {
      '/graphql': { target: 'http://localhost:3000', changeOrigin: false },
      '/health': { target: 'http://localhost:3000', changeOrigin: false },
    },
  },
}));
