import { createApi } from '../shared/api.js';
import { show } from '../shared/dom.js';
import { wireLoginForm } from '../shared/login-form.js';
import { DashboardView } from './dashboard-view.js';
import { StabilityChart } from './stability-chart.js';

/**
 * The operations page: an operator logs in, then the overview is read every few seconds and the
 * actions (announce, kick, end a session) go to /api/admin.
 */
const TOKEN_KEY = 'sote.ops.token';
const POLL_MS = 2000;
const $ = (id) => document.getElementById(id);

let token = sessionStorage.getItem(TOKEN_KEY);
let pollTimer = null;
/** Counts polls, so that an answer arriving after a newer poll started is ignored. */
let pollRun = 0;
const api = createApi(() => token);
const chart = new StabilityChart({ chartNode: $('stability-chart'), rangeNode: $('stability-range') });
const dashboard = new DashboardView({
  onKick: (player) => act(`/admin/players/${player.character_id}/kick`, `Kicked ${player.character_name}.`),
  onEndSession: (player) => act(`/admin/sessions/${encodeURIComponent(player.session_id)}/end`,
    `Ended the session of ${player.character_name}.`),
});

wireLoginForm($('login-form'), api, (login) => {
  token = login.token;
  sessionStorage.setItem(TOKEN_KEY, token);
  start();
});

$('logout-button').addEventListener('click', async () => {
  await api.post('/auth/logout').catch(() => null);
  stop('Logged out.');
});

$('announce-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const input = $('announce-message');
  const sent = await act('/admin/announcements', 'Announcement sent.', { message: input.value.trim() });
  if (sent) input.value = '';
});

async function act(path, done, body = {}) {
  try {
    await api.post(path, body);
    notify(done);
    poll();
    return true;
  } catch (refused) {
    notify(`Refused: ${refused.message}`);
    return false;
  }
}

function start() {
  show($('login-view'), false);
  show($('dashboard'), true);
  show($('logout-button'), true);
  poll();
}

function stop(message) {
  clearTimeout(pollTimer);
  pollRun += 1;
  token = null;
  sessionStorage.removeItem(TOKEN_KEY);
  show($('dashboard'), false);
  show($('logout-button'), false);
  show($('poll-status'), false);
  show($('login-view'), true);
  notify(message);
}

async function poll() {
  clearTimeout(pollTimer);
  pollRun += 1;
  const run = pollRun;
  try {
    const overview = await api.get('/admin/overview');
    if (run !== pollRun) return undefined;
    dashboard.render(overview);
    chart.add(overview.timestamp, overview.reality_stability);
    status('online', `Live · updated ${new Date(overview.timestamp).toLocaleTimeString()}`);
  } catch (refused) {
    if (run !== pollRun) return undefined;
    if (refused.status === 401) return stop('Your session has ended; log in again.');
    if (refused.status === 403) {
      await api.post('/auth/logout').catch(() => null);
      return stop('This account is not an operator.');
    }
    status('offline', 'Server unreachable; retrying');
  }
  pollTimer = setTimeout(poll, POLL_MS);
  return undefined;
}

function status(state, text) {
  const pill = $('poll-status');
  show(pill, true);
  pill.className = `connection-status ${state}`;
  pill.textContent = text;
}

function notify(text) {
  $('notice').textContent = text;
}

if (token) start();
