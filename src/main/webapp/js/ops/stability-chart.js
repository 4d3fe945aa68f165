import { svg, replaceChildren } from '../shared/dom.js';

const WIDTH = 600;
const HEIGHT = 120;
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
      const y = HEIGHT - (Math.max(0, Math.min(100, sample.stability)) * HEIGHT) / 100;
      return `${x.toFixed(1)},${y.toFixed(1)}`;
    });
    const grid = [25, 50, 75].map((level) => {
      const y = HEIGHT - (level * HEIGHT) / 100;
      return svg('line', { class: 'grid', x1: 0, x2: WIDTH, y1: y, y2: y });
    });
    const values = this.samples.map((sample) => sample.stability);
    const latest = values[values.length - 1];
    replaceChildren(this.chartNode, svg('svg', {
      viewBox: `0 0 ${WIDTH} ${HEIGHT}`, preserveAspectRatio: 'none', role: 'img',
      'aria-label': `Stability over the last ${count} samples, now ${latest}`,
    }, ...grid, svg('polyline', { class: 'line', points: points.join(' ') })));
    const seconds = count > 1 ? Math.round((this.samples[count - 1].timestamp - this.samples[0].timestamp) / 1000) : 0;
    this.rangeNode.textContent = `${count} samples over ${seconds} s · low ${Math.min(...values)} · high ${Math.max(...values)}`;
  }
}
