import { el, replaceChildren, show } from '../shared/dom.js';

/**
 * The character's party: create one over REST, invite and answer invitations over the socket, see
 * the members, leave.
 */
export class PartyPanel {
  constructor({ invitesNode, details, nameNode, membersNode, leaveButton, form, api, request, myId, notify, onChange }) {
    Object.assign(this, { invitesNode, details, nameNode, membersNode, leaveButton, form, api, request, myId, notify, onChange });
    this.party = null;
    this.invites = new Map();
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.create(form.elements.name.value.trim());
    });
    leaveButton.addEventListener('click', () => this.leave());
  }

  isLeader() {
    return this.party !== null && this.party.leader_id === this.myId();
  }

  isMember(characterId) {
    return this.party?.members.some((member) => member.character_id === characterId) ?? false;
  }

  async create(name) {
    if (!name) return;
    try {
      this.set(await this.api.post('/party/create', { name }));
      this.form.reset();
    } catch (refused) {
      this.notify(refused.code === 'ALREADY_IN_PARTY' ? 'You are already in a party.' : refused.message);
    }
  }

  async invite(player) {
    try {
      await this.request('party_invite', { party_id: this.party.id, invitee_id: player.character_id });
      this.notify(`Invited ${player.character_name}.`);
    } catch (refused) {
      this.notify(`Could not invite ${player.character_name}: ${refused.message}`);
    }
  }

  async leave() {
    if (!this.party) return;
    try {
      await this.request('party_leave', { party_id: this.party.id });
    } catch (refused) {
      this.notify(refused.message);
    }
  }

  /** A party_update from the server. */
  updated(update) {
    const view = { id: update.party_id, name: update.name, leader_id: update.leader_id, members: update.members ?? [],
      created_at: update.created_at };
    const stillIn = update.event !== 'disbanded' && view.members.some((member) => member.character_id === this.myId());
    this.set(stillIn ? view : null);
  }

  invited(invite) {
    this.invites.set(invite.party_id, invite);
    const wait = Math.max(0, (invite.expires_at ?? Date.now()) - Date.now());
    setTimeout(() => {
      if (this.invites.get(invite.party_id) === invite) this.dismiss(invite.party_id);
    }, wait);
    this.render();
  }

  async join(invite) {
    try {
      await this.request('party_join', { party_id: invite.party_id });
      this.dismiss(invite.party_id);
    } catch (refused) {
      this.notify(`Could not join ${invite.party_name}: ${refused.message}`);
      this.dismiss(invite.party_id);
    }
  }

  dismiss(partyId) {
    this.invites.delete(partyId);
    this.render();
  }

  set(party) {
    this.party = party;
    this.render();
    this.onChange(party);
  }

  render() {
    replaceChildren(this.invitesNode, [...this.invites.values()].map((invite) => el('li', { 'data-party-id': invite.party_id },
      el('span', { class: 'name' }, `${invite.inviter_name} invites you to ${invite.party_name}`),
      el('button', { type: 'button', class: 'small', 'data-action': 'join', onclick: () => this.join(invite) }, 'Join'),
      el('button', { type: 'button', class: 'small quiet', onclick: () => this.dismiss(invite.party_id) }, 'Decline'))));
    show(this.details, this.party !== null);
    show(this.form, this.party === null);
    if (!this.party) return;
    this.nameNode.textContent = this.party.name;
    replaceChildren(this.membersNode, this.party.members.map((member) => el('li', { 'data-character-id': member.character_id },
      el('span', { class: 'name' }, member.character_name),
      el('span', { class: 'muted' }, member.character_id === this.party.leader_id ? 'leader' : `level ${member.level}`))));
  }
}
