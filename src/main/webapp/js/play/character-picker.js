import { el, replaceChildren } from '../shared/dom.js';

/** The character screen: one's characters to play, and a form for a new one. */
export class CharacterPicker {
  constructor({ list, form, factionSelect, api, onPlay }) {
    Object.assign(this, { list, form, factionSelect, api, onPlay });
    this.alert = form.querySelector('[role="alert"]');
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.create();
    });
  }

  async load() {
    const [characters, factions] = await Promise.all([this.api.get('/characters'), this.api.get('/world/factions')]);
    this.factionSelect.replaceChildren(...factions.map((faction) => el('option', { value: faction }, faction)));
    this.render(characters);
  }

  render(characters) {
    if (characters.length === 0) {
      replaceChildren(this.list, el('li', { class: 'muted' }, 'No characters yet: create one below.'));
      return;
    }
    replaceChildren(this.list, characters.map((character) => el('li', { 'data-character-id': character.id },
      el('span', { class: 'name' }, `${character.name} · ${character.faction} · level ${character.level}`),
      el('button', { type: 'button', 'aria-label': `Play ${character.name}`, onclick: () => this.onPlay(character.id) },
        'Play'))));
  }

  async create() {
    this.alert.textContent = '';
    try {
      const created = await this.api.post('/characters', {
        name: this.form.elements.name.value.trim(), faction: this.factionSelect.value,
      });
      this.form.reset();
      this.onPlay(created.id);
    } catch (refused) {
      this.alert.textContent = refused.code === 'NAME_TAKEN' ? 'That name is taken.' : refused.message;
    }
  }
}
