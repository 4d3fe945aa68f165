import { el, clockTime, replaceChildren } from '../shared/dom.js';
import { factionColor } from '../shared/factions.js';

const $ = (id) => document.getElementById(id);

/**
 * Renders one overview reading. Messages per second come from the change of the server's message
 * totals since the previous reading.
 */
export class DashboardView {
  constructor({ onKick, onEndSession }) {
    this.onKick = onKick;
    this.onEndSession = onEndSession;
    this.previous = null;
  }

  render(overview) {
    $('players-online').textContent = String(overview.players_online);
    this.renderRate(overview);
    $('sessions-live').textContent = String(overview.sessions_live);
    $('sessions-split').textContent = `${overview.realtime_sessions} on sockets · `
      + `${overview.connections_open} ${overview.connections_open === 1 ? 'connection' : 'connections'} open`;
    $('reality-name').textContent = overview.current_reality;
    $('stability-now').textContent = `stability ${Math.round(overview.reality_stability * 10) / 10}%`;
    this.renderPlayers(overview.players);
    this.renderShards(overview.shards);
    this.renderErrors(overview.recent_errors);
    this.previous = overview;
  }

  renderRate(overview) {
    const before = this.previous;
    if (!before || overview.timestamp <= before.timestamp) return;
    const seconds = (overview.timestamp - before.timestamp) / 1000;
    const inbound = Math.max(0, overview.messages_in_total - before.messages_in_total) / seconds;
    const outbound = Math.max(0, overview.messages_out_total - before.messages_out_total) / seconds;
    $('messages-rate').textContent = (inbound + outbound).toFixed(1);
    $('messages-split').textContent = `${inbound.toFixed(1)} in · ${outbound.toFixed(1)} out`;
  }

  renderPlayers(players) {
    if (players.length === 0) {
      replaceChildren($('players-table'), el('tr', {}, el('td', { colspan: 6, class: 'muted' }, 'Nobody is online.')));
      return;
    }
    replaceChildren($('players-table'), players.map((player) => el('tr', { 'data-character-id': player.character_id },
      el('td', {}, player.character_name, el('span', { class: 'muted' }, ` · level ${player.level}`)),
      el('td', {}, player.username),
      el('td', {}, el('span', { class: 'swatch', style: { background: factionColor(player.faction) } }), ` ${player.faction}`),
      el('td', {}, player.location_name ?? `#${player.location_id}`),
      el('td', {}, el('span', { class: 'session-id', title: player.session_id }, player.session_id.slice(0, 8)),
        player.connected ? null : el('span', { class: 'away' }, ' away')),
      el('td', {},
        el('button', { type: 'button', class: 'small danger', 'data-action': 'kick',
          'aria-label': `Kick ${player.character_name}`, onclick: () => this.onKick(player) }, 'Kick'),
        el('button', { type: 'button', class: 'small secondary', 'data-action': 'end-session',
          'aria-label': `End the session of ${player.character_name}`, onclick: () => this.onEndSession(player) },
        'End session')))));
  }

  renderShards(shards) {
    replaceChildren($('shards-table'), shards.map((shard) => el('tr', { 'data-shard-id': shard.id },
      el('td', {}, shard.name),
      el('td', {}, el('span', { class: 'swatch', style: { background: factionColor(shard.owning_faction) } }),
        ` ${shard.owning_faction ?? 'unclaimed'}`),
      el('td', {}, shard.captured_at ? clockTime(shard.captured_at) : '–'))));
  }

  renderErrors(errors) {
    if (errors.length === 0) {
      replaceChildren($('errors-list'), el('li', { class: 'muted' }, 'No warnings or errors since the server started.'));
      return;
    }
    replaceChildren($('errors-list'), errors.map((error) => el('li', { class: `level-${error.level}` },
      el('time', { datetime: new Date(error.timestamp).toISOString() }, new Date(error.timestamp).toLocaleTimeString()),
      ` ${error.level} ${error.source}: ${error.message}`)));
  }
}
