// Chart.js weighs ~47 kB gzip even with only the bar parts, and no first screen needs it: it is
// fetched on demand through this dynamic import, so Vite puts it in its own chunk, loaded once.
import type { Chart } from 'chart.js';

export type { Chart };
/** The `Chart` class, with the bar chart parts registered. */
export type ChartConstructor = typeof Chart;

let loading: Promise<ChartConstructor> | undefined;

/** Loads Chart.js and registers the parts a (horizontal) bar chart needs; later calls share the first load. */
export function loadBarChart(): Promise<ChartConstructor> {
  loading ??= import('chart.js').then(({ Chart, BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend }) => {
    Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);
    // Same typeface and text colour as the page around the chart (Chart.js defaults to Helvetica, grey).
    const page = getComputedStyle(document.documentElement);
    Chart.defaults.font.family = page.fontFamily;
    Chart.defaults.font.size = 14;
    Chart.defaults.color = page.color;
    return Chart;
  });
  // A failed load (offline before the chunk was cached) may be tried again by the next chart.
  loading.catch(() => (loading = undefined));
  return loading;
}
