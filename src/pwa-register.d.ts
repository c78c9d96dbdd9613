// The service worker's registration module that vite-plugin-pwa generates at build time.
/// <reference types="vite-plugin-pwa/vanillajs" />
