import { mount } from 'svelte';
import { readLanguage } from './data/storage/preferences';
import { loadCatalogue } from './i18n';
import App from './ui/shell/App.svelte';
import './ui/shell/global.css';

// The remembered language's words first (French is built in; English is fetched from the app's own files).
await loadCatalogue(readLanguage());
mount(App, { target: document.getElementById('app') as HTMLElement });
