import { el, replaceChildren } from '../shared/dom.js';

/** Who else is online in the character's location, with what one can do with each of them. */
export class NearbyPanel {
  constructor({ listNode, myId, canInvite, onWhisper, onInvite, onFight, onChange }) {
    Object.assign(this, { listNode, myId, canInvite, onWhisper, onInvite, onFight, onChange });
    this.locationId = null;
    this.players = new Map();
  }

  replace(locationId, players) {
    this.locationId = locationId;
    this.players = new Map(players.filter((p) => p.character_id !== this.myId()).map((p) => [p.character_id, p]));
    this.changed();
  }

  entered(locationId, player) {
    if (locationId !== this.locationId || player.character_id === this.myId()) return;
    this.players.set(player.character_id, player);
    this.changed();
  }

  left(locationId, player) {
    if (locationId !== this.locationId) return;
    if (this.players.delete(player.character_id)) this.changed();
  }

  /** A character_update or location_update about someone here. */
  update(characterId, fields) {
    const player = this.players.get(characterId);
    if (!player) return;
    Object.assign(player, fields);
    if ('level' in fields) this.render();
  }

  all() {
    return [...this.players.values()];
  }

  changed() {
    this.render();
    this.onChange(this.all());
  }

  render() {
    const players = this.all().sort((a, b) => a.character_name.localeCompare(b.character_name));
    if (players.length === 0) {
      replaceChildren(this.listNode, el('li', { class: 'muted' }, 'Nobody else is here.'));
      return;
    }
    replaceChildren(this.listNode, players.map((player) => {
      const name = player.character_name;
      return el('li', { 'data-character-id': player.character_id },
        el('span', { class: 'name' }, name, el('span', { class: 'muted' }, ` · ${player.faction} · level ${player.level}`)),
        el('button', { type: 'button', class: 'small secondary', 'aria-label': `Whisper to ${name}`,
          onclick: () => this.onWhisper(player) }, 'Whisper'),
        this.canInvite(player) ? el('button', { type: 'button', class: 'small secondary', 'aria-label': `Invite ${name} to the party`,
          'data-action': 'invite', onclick: () => this.onInvite(player) }, 'Invite') : null,
        el('button', { type: 'button', class: 'small danger', 'aria-label': `Fight ${name}`,
          'data-action': 'fight', onclick: () => this.onFight(player) }, 'Fight'));
    }));
  }
}
