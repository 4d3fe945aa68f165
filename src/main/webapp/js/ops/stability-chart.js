import { svg, replaceChildren } from '../shared/dom.js';

const WIDTH = 600;
const HEIGHT = 120;
/** Room above 100 and below 0, so that a line at either end stays visible. */
const MARGIN = 6;
const KEPT_SAMPLES = 180;

/** Stability as the page sampled it, drawn as a line over 0–100. */
export class StabilityChart {
  constructor({ chartNode, rangeNode }) {
    Object.assign(this, { chartNode, rangeNode });
    this.samples = [];
  }

  add(timestamp, stability) {
    this.samples.push({ timestamp, stability: Number(stability) });
    if (this.samples.length > KEPT_SAMPLES) this.samples.shift();
    this.render();
  }

  render() {
    const count = this.samples.length;
    const points = this.samples.map((sample, index) => {
      const x = count > 1 ? (index * WIDTH) / (count - 1) : WIDTH;
      const y = toY(Math.max(0, Math.min(100, sample.stability)));
      return `${x.toFixed(1)},${y.toFixed(1)}`;
    });
    const grid = [0, 50, 100].flatMap((level) => {
      const y = toY(level);
      return [svg('line', { class: 'grid', x1: 0, x2: WIDTH, y1: y, y2: y }),
        svg('text', { class: 'axis', x: 4, y: level === 0 ? y - 3 : y + 11, text: String(level) })];
    });
    const values = this.samples.map((sample) => sample.stability);
    const latest = values[values.length - 1];
    replaceChildren(this.chartNode, svg('svg', {
      viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img',
      'aria-label': `Stability over the last ${count} samples, now ${latest}`,
    }, ...grid, svg('polyline', { class: 'line', points: points.join(' ') })));
    const seconds = count > 1 ? Math.round((this.samples[count - 1].timestamp - this.samples[0].timestamp) / 1000) : 0;
    this.rangeNode.textContent = `${count} samples over ${seconds} s · low ${Math.min(...values)} · high ${Math.max(...values)}`;
  }
}

function toY(stability) {
  return HEIGHT - MARGIN - (stability * (HEIGHT - 2 * MARGIN)) / 100;
}
