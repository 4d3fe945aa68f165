import { el, replaceChildren, show } from '../shared/dom.js';

/**
 * The current fight: participants and their health, whose turn it is, the actions (attack, spell,
 * item, defend, flee; enabled on one's own turn only) and the log. The server resolves everything.
 */
export class CombatPanel {
  constructor({ card, turnNode, participantsNode, actionsNode, targetSelect, abilitySelect, itemSelect, logNode,
    closeButton, myId, character, request, notify, onEnded }) {
    Object.assign(this, { card, turnNode, participantsNode, actionsNode, targetSelect, abilitySelect, itemSelect,
      logNode, closeButton, myId, character, request, notify, onEnded });
    this.combat = null;
    actionsNode.addEventListener('click', (event) => {
      const action = event.target.closest('button[data-action]')?.dataset.action;
      if (action) this.act(action);
    });
    closeButton.addEventListener('click', () => {
      this.combat = null;
      show(card, false);
    });
  }

  isFighting() {
    return this.combat !== null && !this.combat.ended;
  }

  started(start) {
    this.logNode.replaceChildren();
    this.combat = { combat_id: start.combat_id, turn_number: start.turn_number, active_character_id: start.active_character_id,
      participants: start.participants, combat_log: [], ended: false, winner_ids: [] };
    show(this.card, true);
    this.render();
    this.card.scrollIntoView({ block: 'nearest' });
  }

  updated(state) {
    if (!this.combat || this.combat.combat_id !== state.combat_id) {
      this.logNode.replaceChildren();
      this.combat = { ...state };
      show(this.card, true);
    }
    Object.assign(this.combat, state);
    this.render();
    if (state.ended) this.onEnded();
  }

  /** The character changed (abilities, inventory after an item): refresh the choices. */
  refreshChoices() {
    if (this.combat) this.render();
  }

  async act(actionType) {
    if (!this.isFighting()) return;
    const action = { combat_id: this.combat.combat_id, action_type: actionType };
    if (actionType === 'attack' || actionType === 'spell') action.target_id = Number(this.targetSelect.value);
    if (actionType === 'spell') action.ability_name = this.abilitySelect.value;
    if (actionType === 'item') action.item_id = Number(this.itemSelect.value);
    try {
      await this.request('combat_action', action);
    } catch (refused) {
      this.notify(refused.code === 'NOT_YOUR_TURN' ? 'It is not your turn.' : refused.message);
    }
  }

  render() {
    const combat = this.combat;
    const names = new Map(combat.participants.map((p) => [p.character_id, p.character_name]));
    const myTurn = !combat.ended && combat.active_character_id === this.myId();
    if (combat.ended) {
      const winners = (combat.winner_ids ?? []).map((id) => names.get(id) ?? `#${id}`);
      this.turnNode.textContent = `The fight is over. ${winners.length ? `Winner: ${winners.join(', ')}.` : 'Nobody won.'}`;
    } else {
      const active = names.get(combat.active_character_id) ?? 'someone';
      this.turnNode.textContent = `Turn ${combat.turn_number}: ${myTurn ? 'your turn' : `${active}'s turn`}.`;
    }
    replaceChildren(this.participantsNode, combat.participants.map((p) => {
      const out = p.status && p.status !== 'active';
      return el('li', { 'data-character-id': p.character_id },
        el('span', { class: `name ${p.character_id === combat.active_character_id ? 'active' : ''} ${out ? 'out' : ''}` },
          p.character_id === this.myId() ? `${p.character_name} (you)` : p.character_name),
        el('meter', { min: 0, max: p.max_health, value: p.health, low: Math.ceil(p.max_health * 0.3),
          high: Math.ceil(p.max_health * 0.7), optimum: p.max_health, 'aria-label': `${p.character_name} health` }),
        el('span', { class: 'muted' }, `${p.health}/${p.max_health}${out ? ` · ${p.status}` : ''}`));
    }));
    const targets = combat.participants.filter((p) => p.character_id !== this.myId() && (!p.status || p.status === 'active'));
    fill(this.targetSelect, targets.map((p) => [p.character_id, p.character_name]));
    const character = this.character();
    fill(this.abilitySelect, (character?.abilities ?? []).map((name) => [name, name]));
    fill(this.itemSelect, (character?.inventory ?? []).filter((item) => item.quantity > 0)
      .map((item) => [item.item_id, `${item.name} ×${item.quantity}`]));
    for (const button of this.actionsNode.querySelectorAll('button, select')) {
      const action = button.dataset.action;
      let usable = myTurn;
      if (action === 'attack' || action === 'spell') usable &&= targets.length > 0;
      if (action === 'spell') usable &&= this.abilitySelect.options.length > 0;
      if (action === 'item') usable &&= this.itemSelect.options.length > 0;
      button.disabled = !usable;
    }
    this.renderLog(combat.combat_log ?? []);
    show(this.closeButton, combat.ended);
  }

  /**
   * The server sends the whole (bounded) log each time; only the lines not shown yet are appended,
   * so that a screen reader announces each new line once.
   */
  renderLog(log) {
    const shown = [...this.logNode.children].map((item) => item.textContent);
    this.logNode.append(...unseenLines(shown, log).map((line) => el('li', {}, line)));
    while (this.logNode.children.length > log.length) this.logNode.firstElementChild.remove();
    this.logNode.scrollTop = this.logNode.scrollHeight;
  }
}

/** The lines of log after the longest run of shown lines that it starts with. */
function unseenLines(shown, log) {
  for (let start = Math.max(0, shown.length - log.length); start < shown.length; start += 1) {
    const tail = shown.slice(start);
    if (tail.every((line, index) => line === log[index])) return log.slice(tail.length);
  }
  return log;
}

function fill(select, options) {
  const chosen = select.value;
  select.replaceChildren(...options.map(([value, label]) => el('option', { value }, label)));
  if (options.some(([value]) => String(value) === chosen)) select.value = chosen;
}
