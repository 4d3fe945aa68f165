import { decodeEntities, show } from '../shared/dom.js';

const $ = (id) => document.getElementById(id);

/** The character card: name, faction, level, health. */
export function renderHero(character, locationName) {
  $('hero-name').textContent = character.name;
  $('hero-name').dataset.characterId = character.id;
  $('hero-details').textContent = `${character.faction} · level ${character.level} · ${locationName}`;
  const health = $('hero-health');
  health.max = character.max_health;
  health.low = Math.ceil(character.max_health * 0.3);
  health.high = Math.ceil(character.max_health * 0.7);
  health.optimum = character.max_health;
  health.value = character.health;
  $('hero-health-text').textContent = `${character.health} / ${character.max_health}`;
}

/** The world's reality and stability in the top bar. */
export function renderWorld(state) {
  show($('world-status'), true);
  $('reality-name').textContent = state.current_reality;
  const stability = Math.round(Number(state.reality_stability) * 10) / 10;
  $('stability-meter').value = stability;
  $('stability-value').textContent = `${stability}%`;
}

const CONNECTION_TEXT = {
  connecting: () => 'Connecting…',
  online: () => 'Online',
  offline: (status) => `Offline: reconnecting in ${Math.ceil(status.retryInMs / 1000)} s`,
  closed: (status) => ({
    kicked: 'Disconnected: you were kicked by an administrator',
    ended: 'Disconnected: your session ended',
    replaced: 'Disconnected: this session is playing in another window',
    protocol: 'Disconnected: this page is out of date; reload it',
  })[status.reason] ?? 'Disconnected',
};

/** The connection pill: online, connecting, offline (retrying) or closed with the reason. */
export function renderConnection(status) {
  const pill = $('connection-status');
  show(pill, true);
  pill.className = `connection-status ${status.state}`;
  pill.dataset.state = status.state;
  pill.dataset.reason = status.reason ?? '';
  if (status.state === 'online') pill.dataset.resumed = String(Boolean(status.resumed));
  pill.textContent = CONNECTION_TEXT[status.state](status);
}

export function hideConnection() {
  show($('connection-status'), false);
}

/** An operator's announcement, shown until the next one. */
export function renderAnnouncement(announcement) {
  const banner = $('announcement');
  banner.textContent = `Announcement from ${decodeEntities(announcement.from)}: ${decodeEntities(announcement.message)}`;
  show(banner, true);
}

let noticeTimer = null;

/** A short message in the polite live region (refusals, confirmations). */
export function notify(text) {
  const notice = $('notice');
  notice.textContent = text;
  clearTimeout(noticeTimer);
  noticeTimer = setTimeout(() => { notice.textContent = ''; }, 8000);
}
