import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { lineChecksStamp } from './scripts/line-checks-stamp.mjs';

// No request may leave the origin: the built page allows its own files and nothing else.
// (Only in the build: the dev server injects styles and a websocket that this policy would block.)
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * What a host should send with every file of the build (README, "Hosting"): the same policy as a header, which
 * can also forbid framing (a meta tag cannot), no MIME sniffing, no referrer. `npm start`'s server sends them.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
  };
}

// Installable and offline after the first visit: the service worker precaches the whole build.
// The app registers it itself after its first screen (src/state/app-update.svelte.ts). `clientsClaim` lets the
// first worker control the first page at once, so a reload without network right after the first visit
// still works. A later release waits (`prompt`: no skipWaiting): swapped under an open tab, it would delete
// the files of the release that tab started with and its lazily loaded screens would fail; the app offers
// the new release instead and applies it when the person reloads.
function offline(): Plugin[] {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    includeManifestIcons: false,
    manifest: {
      name: 'Carbone évité',
      short_name: 'Carbone évité',
      description: 'Les émissions de gaz à effet de serre évitées par les achats publics durables.',
      lang: 'fr',
      start_url: './',
      scope: './',
      display: 'standalone',
      theme_color: '#0b5d4b',
      background_color: '#f5f7f6',
      icons: [
        { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' },
        { src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png' },
        { src: 'pwa-512x512.png', sizes: '512x512', type: 'image/png' },
        { src: 'maskable-icon-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,json}'],
      // The plugin adds manifest.webmanifest to the precache itself; don't list it twice.
      globIgnores: ['**/node_modules/**/*', 'manifest.webmanifest'],
      navigateFallback: 'index.html',
      clientsClaim: true,
      cleanupOutdatedCaches: true,
    },
  });
}

export default defineConfig({
  plugins: [svelte(), contentSecurityPolicy(), offline()],
  // Stored line chunks carry it: a build with the same checks need not check them again (src/data/storage/line-trust.ts).
  define: { __LINE_CHECKS__: JSON.stringify(lineChecksStamp(import.meta.dirname)) },
  // No bundler-timings notice: the PWA plugin's precache step is slow by nature, and the notice only alarms a newcomer.
  build: {
    target: 'es2022',
    rolldownOptions: {
      checks: { bundlerTimings: false },
      // CARBONE_RELEASE marks every chunk's name, as two real releases' chunks differ: the update test builds
      // two releases of the same sources this way. Unset, names are Vite's own.
      ...(process.env.CARBONE_RELEASE && {
        output: {
          entryFileNames: `assets/[name]-${process.env.CARBONE_RELEASE}-[hash].js`,
          chunkFileNames: `assets/[name]-${process.env.CARBONE_RELEASE}-[hash].js`,
          assetFileNames: `assets/[name]-${process.env.CARBONE_RELEASE}-[hash][extname]`,
        },
      }),
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, headers: { ...SECURITY_HEADERS } },
});
