import { el, clockTime, decodeEntities, show } from '../shared/dom.js';

export const CHANNELS = [
  { id: 'global', label: 'Global' },
  { id: 'location', label: 'Location' },
  { id: 'faction', label: 'Faction' },
  { id: 'party', label: 'Party' },
  { id: 'whisper', label: 'Whispers' },
];
const KEPT_LINES = 200;

/**
 * Chat with one tab per channel. Every line is built with textContent from the decoded content, so
 * what a player typed is shown exactly as typed and never interpreted as markup.
 */
export class ChatPanel {
  constructor({ tabsNode, panelsNode, form, input, recipientSelect, recipientLabel, myId, send }) {
    Object.assign(this, { tabsNode, panelsNode, form, input, recipientSelect, recipientLabel, myId, send });
    this.seen = new Set();
    this.tabs = new Map();
    this.active = 'global';
    this.whisperPartners = new Map();
    this.nearby = new Map();
    this.build();
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.submit();
    });
  }

  build() {
    for (const channel of CHANNELS) {
      const unread = el('span', { class: 'unread', 'aria-label': 'unread messages' });
      const tab = el('button', {
        type: 'button', role: 'tab', id: `chat-tab-${channel.id}`, 'aria-controls': `chat-log-${channel.id}`,
        'data-channel': channel.id, onclick: () => this.select(channel.id),
        onkeydown: (event) => this.moveFocus(event, channel.id),
      }, channel.label, unread);
      const log = el('div', { class: 'chat-log', role: 'log', 'aria-live': 'polite', 'aria-label': `${channel.label} chat` });
      const panel = el('div', {
        class: 'chat-panel', id: `chat-log-${channel.id}`, role: 'tabpanel', 'aria-labelledby': `chat-tab-${channel.id}`,
        tabindex: '0', 'data-channel': channel.id,
      }, log);
      this.tabsNode.append(tab);
      this.panelsNode.append(panel);
      this.tabs.set(channel.id, { tab, panel, log, unread, count: 0 });
    }
    this.select('global');
  }

  select(channelId) {
    this.active = channelId;
    for (const [id, parts] of this.tabs) {
      const selected = id === channelId;
      parts.tab.setAttribute('aria-selected', String(selected));
      parts.tab.tabIndex = selected ? 0 : -1;
      show(parts.panel, selected);
      if (selected) {
        parts.count = 0;
        parts.unread.textContent = '';
        parts.panel.scrollTop = parts.panel.scrollHeight;
      }
    }
    const whispering = channelId === 'whisper';
    show(this.recipientSelect, whispering);
    show(this.recipientLabel, whispering);
    this.recipientSelect.required = whispering;
  }

  moveFocus(event, channelId) {
    const ids = CHANNELS.map((channel) => channel.id);
    const index = ids.indexOf(channelId);
    const target = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: ids.length - 1 }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const next = ids[(target + ids.length) % ids.length];
    this.select(next);
    this.tabs.get(next).tab.focus();
  }

  /** Opens the whisper tab addressed to one character. */
  whisperTo(characterId, name) {
    this.whisperPartners.set(characterId, name);
    this.renderRecipients();
    this.recipientSelect.value = String(characterId);
    this.select('whisper');
    this.input.focus();
  }

  /** The characters one can whisper to without typing an id: those nearby and past partners. */
  setNearby(players) {
    this.nearby = new Map(players.map((player) => [player.character_id, player.character_name]));
    this.renderRecipients();
  }

  renderRecipients() {
    const chosen = this.recipientSelect.value;
    const everyone = new Map([...this.whisperPartners, ...this.nearby]);
    this.recipientSelect.replaceChildren(...[...everyone].map(([id, name]) => el('option', { value: id }, name)));
    if (everyone.has(Number(chosen))) this.recipientSelect.value = chosen;
  }

  /** A server chat message; repeats (history and live, replays) are shown once. */
  add(message) {
    if (message.message_id) {
      if (this.seen.has(message.message_id)) return;
      this.seen.add(message.message_id);
    }
    const channel = this.tabs.has(message.channel) ? message.channel : 'global';
    if (channel === 'whisper') this.rememberPartner(message);
    const time = message.timestamp
      ? el('time', { class: 'time', datetime: new Date(message.timestamp).toISOString() }, clockTime(message.timestamp))
      : null;
    this.append(channel, el('p', { class: 'line', 'data-message-id': message.message_id ?? '' },
      time,
      el('span', { class: 'sender' }, this.senderLabel(message)),
      el('span', { class: 'content' }, decodeEntities(message.content))));
  }

  /** A line from the game itself (announcements, captures, reality shifts). */
  addSystem(text, channel = 'global') {
    this.append(channel, el('p', { class: 'line system' },
      el('time', { class: 'time' }, clockTime(Date.now())), text));
  }

  senderLabel(message) {
    const sender = decodeEntities(message.sender_name);
    if (message.channel !== 'whisper') return `${sender}:`;
    if (message.sender_id === this.myId()) {
      const recipient = this.whisperPartners.get(message.recipient_id) ?? this.nearby.get(message.recipient_id)
        ?? `#${message.recipient_id}`;
      return `You → ${recipient}:`;
    }
    return `${sender} → you:`;
  }

  rememberPartner(message) {
    if (message.sender_id !== this.myId()) {
      this.whisperPartners.set(message.sender_id, decodeEntities(message.sender_name));
      this.renderRecipients();
    }
  }

  append(channel, line) {
    const parts = this.tabs.get(channel);
    const scroller = parts.panel;
    const atBottom = scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < 40;
    parts.log.append(line);
    while (parts.log.children.length > KEPT_LINES) parts.log.firstElementChild.remove();
    if (atBottom || scroller.hidden) scroller.scrollTop = scroller.scrollHeight;
    if (channel !== this.active) {
      parts.count += 1;
      parts.unread.textContent = `(${parts.count})`;
    }
  }

  async submit() {
    const content = this.input.value.trim();
    if (!content) return;
    const recipient = this.active === 'whisper' ? Number(this.recipientSelect.value) : null;
    if (this.active === 'whisper') {
      if (!recipient) return;
      this.whisperPartners.set(recipient, this.recipientSelect.selectedOptions[0]?.textContent ?? `#${recipient}`);
    }
    try {
      await this.send(this.active, content, recipient);
      this.input.value = '';
    } catch (refused) {
      this.addSystem(`Not sent: ${refused.message}`, this.active);
    }
  }
}
