// Chart.js weighs ~47 kB gzip even with only the bar parts, and no first screen needs it: it is
// fetched on demand through this dynamic import, so Vite puts it in its own chunk, loaded once.
import type { Chart, ChartData, ChartOptions, Plugin } from 'chart.js';

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

/** Where an exported figure's chart goes on its canvas. */
export interface FigureBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Draws a bar chart of its own at the box's size into another canvas (an exported figure), not the screen's
 * chart enlarged; the chart is thrown away once drawn.
 */
export function drawFigure(
  ChartClass: ChartConstructor,
  context: CanvasRenderingContext2D,
  box: FigureBox,
  config: { data: ChartData<'bar', number[], unknown>; options: ChartOptions<'bar'>; plugins?: Plugin<'bar'>[] },
): void {
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(box.width);
  canvas.height = Math.round(box.height);
  const figure = new ChartClass(canvas, { type: 'bar', ...config });
  try {
    figure.draw();
    context.drawImage(canvas, box.x, box.y);
  } finally {
    figure.destroy();
  }
}
