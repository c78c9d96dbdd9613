// The per-category chart as a figure for a slide or a report: 1600 × 900 (16:9), white, with its title, the
// total and its range above the bars and the credit below, drawn by the chart itself at that size so that
// nothing is an enlarged screen capture.
import type { FigureText } from './figure-text';
import type { FigureBox } from '../shared/chart-setup';

export const FIGURE_WIDTH = 1600;
export const FIGURE_HEIGHT = 900;
const MARGIN = 56;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const INK = '#1b1f23';
const MUTED = '#4a5560';
const COLOURS = { avoided: '#0a7d3b', increase: '#a4262c' } as const;

/** Draws the chart into the box it is given (x, y, width, height, in figure pixels). */
type DrawChart = (context: CanvasRenderingContext2D, box: FigureBox) => void;

/** What the exported figure needs of the chart on screen: it draws itself again into a box; false if it cannot yet. */
export interface FigureChart {
  drawInto: (...args: Parameters<DrawChart>) => boolean;
}

/** The text cut to the width, with an ellipsis, so a long scenario name never runs off the figure. */
function fitted(context: CanvasRenderingContext2D, text: string, width: number): string {
  if (context.measureText(text).width <= width) return text;
  let cut = text;
  while (cut.length > 1 && context.measureText(`${cut}…`).width > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/** The words on as many lines as they need within the width. */
function wrapped(context: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && context.measureText(`${last} ${word}`).width <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** The figure as a PNG data URL, or undefined where the browser gives no 2D canvas. */
export function figurePng(text: FigureText, drawChart: DrawChart): string | undefined {
  const canvas = document.createElement('canvas');
  canvas.width = FIGURE_WIDTH;
  canvas.height = FIGURE_HEIGHT;
  const context = canvas.getContext('2d');
  if (!context) return undefined;
  const width = FIGURE_WIDTH - 2 * MARGIN;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, FIGURE_WIDTH, FIGURE_HEIGHT);
  context.textBaseline = 'top';

  let y = MARGIN - 8;
  context.fillStyle = INK;
  context.font = `700 44px ${FONT}`;
  context.fillText(fitted(context, text.title, width), MARGIN, y);
  y += 58;
  context.fillStyle = MUTED;
  context.font = `400 24px ${FONT}`;
  context.fillText(fitted(context, text.subtitle, width), MARGIN, y);
  y += 42;
  context.fillStyle = text.increase ? COLOURS.increase : COLOURS.avoided;
  context.font = `700 30px ${FONT}`;
  context.fillText(fitted(context, text.total, width), MARGIN, y);
  y += 40;
  if (text.range) {
    context.font = `400 24px ${FONT}`;
    context.fillText(fitted(context, text.range, width), MARGIN, y);
    y += 34;
  }
  y += 12;

  context.font = `400 19px ${FONT}`;
  const credit = wrapped(context, text.credit, width);
  const creditHeight = credit.length * 26;
  const chartBottom = FIGURE_HEIGHT - MARGIN - creditHeight - 16;
  drawChart(context, { x: MARGIN, y, width, height: chartBottom - y });

  context.fillStyle = MUTED;
  context.font = `400 19px ${FONT}`;
  context.textBaseline = 'top';
  credit.forEach((line, i) => context.fillText(line, MARGIN, FIGURE_HEIGHT - MARGIN - creditHeight + i * 26));
  return canvas.toDataURL('image/png');
}
