import { Connection } from './connection.js';
import { WorldMap } from './world-map.js';
import { ChatPanel, CHANNELS } from './chat-panel.js';
import { NearbyPanel } from './nearby-panel.js';
import { PartyPanel } from './party-panel.js';
import { CombatPanel } from './combat-panel.js';
import { decodeEntities } from '../shared/dom.js';
import { notify, renderAnnouncement, renderConnection, renderHero, renderWorld } from './status-views.js';

const $ = (id) => document.getElementById(id);

/**
 * Playing one character: the panels, the socket, and the routing of every server message to the
 * panel it concerns. When the socket comes back without its missed messages, the state is read
 * again over REST.
 */
export class GameSession {
  constructor({ api, token, character, onClosed }) {
    this.api = api;
    this.character = character;
    this.onClosed = onClosed;
    const myId = () => this.character.id;
    const request = (type, fields) => this.connection.request(type, fields);

    this.map = new WorldMap({
      mapNode: $('world-map'), travelList: $('travel-list'), shardList: $('shard-list'), currentLabel: $('current-location'),
      onTravel: (to) => this.travel(to), onCapture: (shard) => this.capture(shard),
    });
    this.chat = new ChatPanel({
      tabsNode: $('chat-tabs'), panelsNode: $('chat-panels'), form: $('chat-form'), input: $('chat-input'),
      recipientSelect: $('whisper-recipient'), recipientLabel: $('whisper-label'), myId,
      send: (channel, content, recipientId) => (channel === 'whisper'
        ? request('whisper', { recipient_id: recipientId, content })
        : request('chat', { channel, content })),
    });
    this.party = new PartyPanel({
      invitesNode: $('party-invites'), details: $('party-details'), nameNode: $('party-name'),
      membersNode: $('party-members'), leaveButton: $('party-leave'), form: $('party-form'),
      api, request, myId, notify, onChange: () => this.nearby.render(),
    });
    this.nearby = new NearbyPanel({
      listNode: $('nearby-list'), myId,
      canInvite: (player) => this.party.isLeader() && !this.party.isMember(player.character_id),
      onWhisper: (player) => this.chat.whisperTo(player.character_id, player.character_name),
      onInvite: (player) => this.party.invite(player),
      onFight: (player) => this.fight(player),
      onChange: (players) => this.chat.setNearby(players),
    });
    this.combat = new CombatPanel({
      card: $('combat-card'), turnNode: $('combat-turn'), participantsNode: $('combat-participants'),
      actionsNode: $('combat-actions'), targetSelect: $('combat-target'), abilitySelect: $('combat-ability'),
      itemSelect: $('combat-item'), logNode: $('combat-log'), closeButton: $('combat-close'),
      myId, character: () => this.character, request, notify, onEnded: () => this.refreshCharacter(),
    });
    this.connection = new Connection({
      token,
      onMessage: (message) => this.route(message),
      onStatus: (status) => this.connectionChanged(status),
      onResync: () => this.refresh(),
    });
  }

  async start() {
    const [locations, world] = await Promise.all([this.api.get('/world/locations'), this.api.get('/world/state')]);
    this.map.setLocations(locations);
    this.worldChanged(world);
    this.placeCharacter();
    this.nearby.render();
    this.party.render();
    this.connection.start();
    this.loadChatHistory();
  }

  stop() {
    this.connection.stop();
  }

  route(message) {
    switch (message.type) {
      case 'nearby_players':
        this.character.location_id = message.location_id;
        this.placeCharacter();
        this.nearby.replace(message.location_id, message.players ?? []);
        break;
      case 'player_entered': this.nearby.entered(message.location_id, message.player); break;
      case 'player_left': this.nearby.left(message.location_id, message.player); break;
      case 'location_update':
        this.nearby.update(message.character_id, { position: message.position });
        break;
      case 'character_update': this.characterUpdated(message); break;
      case 'chat': this.chat.add(message); break;
      case 'world_state': this.worldChanged(message); break;
      case 'reality_shift':
        this.chat.addSystem(`Reality shifted from ${message.previous_reality} to ${message.new_reality}.`);
        renderWorld({ current_reality: message.new_reality, reality_stability: message.reality_stability });
        break;
      case 'shard_captured':
        this.chat.addSystem(`${message.captured_by_character_name} captured ${message.shard_name} for ${message.faction}.`);
        break;
      case 'party_invite': this.party.invited(message); break;
      case 'party_update': this.party.updated(message); break;
      case 'combat_start': this.combat.started(message); break;
      case 'combat_state': this.combat.updated(message); break;
      case 'announcement':
        renderAnnouncement(message);
        this.chat.addSystem(`Announcement: ${decodeEntities(message.message)}`);
        break;
      case 'error': notify(message.error_message); break;
      default: break;
    }
  }

  connectionChanged(status) {
    renderConnection(status);
    document.body.dataset.connection = status.state;
    for (const control of document.querySelectorAll('#game-view button, #chat-input')) {
      if (!control.closest('#combat-actions')) control.disabled = status.state !== 'online';
    }
    if (status.state === 'online') {
      this.combat.refreshChoices();
    }
    if (status.state === 'closed') this.onClosed(status.reason);
  }

  async travel(toLocationId) {
    try {
      await this.connection.request('move', { from_location_id: this.character.location_id, to_location_id: toLocationId });
      this.character.location_id = toLocationId;
      this.placeCharacter();
    } catch (refused) {
      notify(`You cannot go there: ${refused.message}`);
    }
  }

  async capture(shard) {
    try {
      await this.connection.request('capture_shard', { shard_id: shard.id });
    } catch (refused) {
      notify(`${shard.name} resists: ${refused.message}`);
    }
  }

  async fight(player) {
    try {
      await this.connection.request('combat_start', { target_ids: [player.character_id] });
    } catch (refused) {
      notify(`You cannot fight ${player.character_name}: ${refused.message}`);
    }
  }

  characterUpdated(update) {
    if (update.character_id === this.character.id) {
      Object.assign(this.character, {
        health: update.health, max_health: update.max_health, level: update.level, location_id: update.location_id,
      });
      this.placeCharacter();
    } else {
      this.nearby.update(update.character_id, { level: update.level });
    }
  }

  worldChanged(state) {
    renderWorld(state);
    this.map.setShards(state.shards);
  }

  placeCharacter() {
    this.map.setCurrent(this.character.location_id, this.character.faction);
    renderHero(this.character, this.map.nameOf(this.character.location_id));
  }

  async refreshCharacter() {
    try {
      const mine = (await this.api.get('/characters')).find((c) => c.id === this.character.id);
      if (mine) {
        this.character = mine;
        this.placeCharacter();
        this.combat.refreshChoices();
      }
    } catch (unavailable) {
      notify('Could not refresh your character.');
    }
  }

  /** After a reconnection that could not replay what was missed: read everything again. */
  async refresh() {
    notify('Reconnected; catching up.');
    await this.refreshCharacter();
    try {
      this.worldChanged(await this.api.get('/world/state'));
      const here = await this.api.get(`/world/locations/${this.character.location_id}/players`);
      this.nearby.replace(this.character.location_id, here);
      if (this.party.party) {
        this.party.set(await this.api.get(`/party/${this.party.party.id}`).catch(() => null));
      }
    } catch (unavailable) {
      notify('Could not refresh the world.');
    }
    this.loadChatHistory();
  }

  async loadChatHistory() {
    for (const { id } of CHANNELS) {
      try {
        const lines = await this.api.get(`/chat/history?channel=${id}&limit=50`);
        lines.forEach((line) => this.chat.add(line));
      } catch (unavailable) {
        // a channel one has no access to (no party yet) has no history to show
      }
    }
  }
}
