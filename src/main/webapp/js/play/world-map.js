import { el, svg, replaceChildren } from '../shared/dom.js';
import { factionColor } from '../shared/factions.js';

const WIDTH = 600;
const HEIGHT = 440;
const NODE_RADIUS = 13;

/**
 * The map of locations: a drawing laid out by distance from the first location (for the eye; mouse
 * users can click a neighbour to travel), the same choices as a list of buttons (for keyboards and
 * screen readers), and the shards with their owners.
 */
export class WorldMap {
  constructor({ mapNode, travelList, shardList, currentLabel, onTravel, onCapture }) {
    Object.assign(this, { mapNode, travelList, shardList, currentLabel, onTravel, onCapture });
    this.locations = new Map();
    this.positions = new Map();
    this.shards = [];
    this.currentId = null;
    this.faction = null;
  }

  setLocations(locations) {
    this.locations = new Map(locations.map((location) => [location.id, location]));
    this.positions = layout(locations);
    this.render();
  }

  setShards(shards) {
    this.shards = shards ?? [];
    this.render();
  }

  setCurrent(locationId, faction) {
    this.currentId = locationId;
    this.faction = faction;
    this.render();
  }

  nameOf(locationId) {
    return this.locations.get(locationId)?.name ?? `Location ${locationId}`;
  }

  render() {
    if (this.locations.size === 0) return;
    const here = this.locations.get(this.currentId);
    const neighbors = new Set(here?.neighbors ?? []);
    this.currentLabel.textContent = this.nameOf(this.currentId);
    replaceChildren(this.mapNode, this.drawing(neighbors));
    replaceChildren(this.travelList, [...neighbors].map((id) => el('li', {},
      el('button', { type: 'button', class: 'secondary', 'data-location-id': id, onclick: () => this.onTravel(id) },
        `Travel to ${this.nameOf(id)}`))));
    replaceChildren(this.shardList, this.shards.map((shard) => this.shardItem(shard)));
  }

  drawing(neighbors) {
    const paths = [];
    for (const location of this.locations.values()) {
      for (const other of location.neighbors) {
        if (other > location.id && this.positions.has(other)) {
          const [x1, y1] = this.positions.get(location.id);
          const [x2, y2] = this.positions.get(other);
          paths.push(svg('line', { class: 'path', x1, y1, x2, y2 }));
        }
      }
    }
    const nodes = [...this.locations.values()].map((location) => {
      const [x, y] = this.positions.get(location.id);
      const reachable = neighbors.has(location.id);
      const kind = location.id === this.currentId ? 'node here' : reachable ? 'node reachable' : 'node';
      const circle = svg('circle', { class: kind, cx: x, cy: y, r: NODE_RADIUS },
        svg('title', { text: location.name }));
      if (reachable) circle.addEventListener('click', () => this.onTravel(location.id));
      const markers = this.shards.filter((shard) => shard.location_id === location.id).map((shard, index) =>
        svg('rect', {
          class: 'shard', x: x + NODE_RADIUS - 4 + index * 9, y: y - NODE_RADIUS - 4, width: 8, height: 8,
          transform: `rotate(45 ${x + NODE_RADIUS + index * 9} ${y - NODE_RADIUS})`,
          fill: factionColor(shard.owning_faction),
        }, svg('title', { text: `${shard.name}: ${shard.owning_faction ?? 'unclaimed'}` })));
      const label = svg('text', { class: 'label', x, y: y + NODE_RADIUS + 13, text: location.name });
      return svg('g', {}, circle, ...markers, label);
    });
    return svg('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-label': 'Map of the world' },
      ...paths, ...nodes);
  }

  shardItem(shard) {
    const owner = shard.owning_faction ?? 'unclaimed';
    const item = el('li', { 'data-shard-id': shard.id },
      el('span', { class: 'swatch', style: { background: factionColor(shard.owning_faction) }, 'aria-hidden': 'true' }),
      el('span', { class: 'name' }, `${shard.name} (${this.nameOf(shard.location_id)})`),
      el('span', { class: 'muted owner' }, owner));
    if (shard.location_id === this.currentId && shard.owning_faction !== this.faction) {
      item.append(el('button', { type: 'button', class: 'small', onclick: () => this.onCapture(shard) },
        `Capture ${shard.name}`));
    }
    return item;
  }
}

/** Columns by distance from the lowest id, rows spread evenly within a column. */
function layout(locations) {
  const byId = new Map(locations.map((location) => [location.id, location]));
  const columns = [];
  const seen = new Set();
  let frontier = locations.length ? [Math.min(...byId.keys())] : [];
  frontier.forEach((id) => seen.add(id));
  while (frontier.length) {
    columns.push(frontier);
    const next = [];
    for (const id of frontier) {
      for (const other of byId.get(id).neighbors) {
        if (!seen.has(other) && byId.has(other)) {
          seen.add(other);
          next.push(other);
        }
      }
    }
    frontier = next.sort((a, b) => a - b);
  }
  const unreached = locations.map((location) => location.id).filter((id) => !seen.has(id));
  if (unreached.length) columns.push(unreached);
  const positions = new Map();
  const step = columns.length > 1 ? (WIDTH - 110) / (columns.length - 1) : 0;
  columns.forEach((column, c) => {
    column.forEach((id, r) => {
      positions.set(id, [55 + c * step, Math.round(((r + 1) * (HEIGHT - 10)) / (column.length + 1)) - 5]);
    });
  });
  return positions;
}
