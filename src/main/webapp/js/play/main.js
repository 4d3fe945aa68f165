import { createApi } from '../shared/api.js';
import { show } from '../shared/dom.js';
import { wireLoginForm } from '../shared/login-form.js';
import { CharacterPicker } from './character-picker.js';
import { GameSession } from './game-session.js';
import { hideConnection, notify } from './status-views.js';

/**
 * The play page: log in, pick a character, play. The token and the chosen character are kept for the
 * browser tab (sessionStorage), so a reload goes straight back into the game.
 */
const TOKEN_KEY = 'sote.token';
const CHARACTER_KEY = 'sote.character';
const $ = (id) => document.getElementById(id);

let token = sessionStorage.getItem(TOKEN_KEY);
let game = null;
const api = createApi(() => token);

const picker = new CharacterPicker({
  list: $('character-list'), form: $('character-form'), factionSelect: $('character-faction'), api,
  onPlay: (characterId) => play(characterId),
});

wireLoginForm($('login-form'), api, (login) => {
  token = login.token;
  sessionStorage.setItem(TOKEN_KEY, token);
  chooseCharacter();
});

/** Logging out starts the page afresh, so nothing of the last character lingers in the panels. */
$('logout-button').addEventListener('click', async () => {
  game?.stop();
  await api.post('/auth/logout').catch(() => null);
  forget();
  window.location.reload();
});

function showView(name) {
  $('logout-button').textContent = 'Log out';
  show($('login-view'), name === 'login');
  show($('character-view'), name === 'characters');
  show($('game-view'), name === 'game');
  show($('logout-button'), name !== 'login');
  if (name !== 'game') hideConnection();
}

async function chooseCharacter() {
  try {
    await picker.load();
    showView('characters');
  } catch (refused) {
    leave(refused);
  }
}

async function play(characterId) {
  try {
    const character = await api.post('/characters/select', { character_id: characterId });
    sessionStorage.setItem(CHARACTER_KEY, String(characterId));
    showView('game');
    game = new GameSession({ api, token, character, onClosed: (reason) => sessionClosed(reason) });
    await game.start();
  } catch (refused) {
    leave(refused);
  }
}

/** The socket closed for good: kicked, ended, replaced. The reason stays on screen. */
function sessionClosed(reason) {
  if (reason === 'kicked' || reason === 'ended') {
    forget();
    $('logout-button').textContent = 'Log in again';
    notify(reason === 'kicked' ? 'You were kicked by an administrator.' : 'Your session ended. Log in again to play.');
  }
}

function leave(refused) {
  if (refused.status === 401) {
    forget();
    showView('login');
    notify('Your session has ended; log in again.');
  } else {
    notify(refused.message);
  }
}

function forget() {
  token = null;
  game = null;
  sessionStorage.removeItem(TOKEN_KEY);
  sessionStorage.removeItem(CHARACTER_KEY);
}

const remembered = Number(sessionStorage.getItem(CHARACTER_KEY));
if (!token) showView('login');
else if (remembered) play(remembered);
else chooseCharacter();
