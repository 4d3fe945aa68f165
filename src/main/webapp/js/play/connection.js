import { PROTOCOL_VERSION } from '../shared/api.js';

/** Close codes after which reconnecting is pointless (PROTOCOL.md, Close codes). */
const FINAL_CLOSES = {
  4001: 'ended',
  4002: 'protocol',
  4003: 'kicked',
  4004: 'replaced',
};
const MAX_BACKOFF_MS = 15000;
const REQUEST_TIMEOUT_MS = 10000;

/**
 * The /ws connection of one session. It authenticates, answers and sends heartbeats, drops messages
 * it has already seen (by seq), reconnects by itself with growing pauses and resumes from the last
 * seq it saw; when a resume fails it asks for a refresh over REST.
 *
 * Events for the owner: onMessage(message), onStatus({state, retryInMs, reason}), onResync().
 * States: connecting, online, offline (will retry), closed (final; reason says why).
 */
export class Connection {
  constructor({ token, onMessage, onStatus, onResync }) {
    this.token = token;
    this.onMessage = onMessage;
    this.onStatus = onStatus;
    this.onResync = onResync;
    this.lastSeq = 0;
    this.sessionId = null;
    this.attempt = 0;
    this.nextId = 1;
    this.pending = new Map();
    this.stopped = false;
    this.socket = null;
    this.retryTimer = null;
    this.heartbeatTimer = null;
    this.lastHeard = 0;
    this.onBrowserOnline = () => this.retryNow();
    this.onBrowserOffline = () => this.dropNow();
    window.addEventListener('online', this.onBrowserOnline);
    window.addEventListener('offline', this.onBrowserOffline);
  }

  start() {
    this.open();
  }

  /** Sends a message and resolves on its ack, rejects on its error (with code and message). */
  request(type, fields = {}) {
    const id = `c${this.nextId++}`;
    return new Promise((resolve, reject) => {
      if (!this.isOnline()) {
        reject(Object.assign(new Error('You are offline; try again when the connection is back.'), { code: 'OFFLINE' }));
        return;
      }
      const timer = setTimeout(() => this.settle(id, null, { code: 'TIMEOUT', message: 'The server did not answer.' }),
        REQUEST_TIMEOUT_MS);
      this.pending.set(id, { resolve, reject, timer });
      this.socket.send(JSON.stringify({ type, id, ...fields }));
    });
  }

  isOnline() {
    return this.socket?.readyState === WebSocket.OPEN && this.authenticated;
  }

  /** Closes for good (logout, leaving the page). */
  stop() {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    this.stopHeartbeat();
    this.forgetBrowserEvents();
    this.socket?.close(1000, 'bye');
  }

  open() {
    clearTimeout(this.retryTimer);
    this.authenticated = false;
    this.onStatus({ state: 'connecting' });
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
    const socket = new WebSocket(`${scheme}://${location.host}/ws`);
    this.socket = socket;
    socket.addEventListener('open', () => {
      const hello = { type: 'auth_request', token: this.token, protocol_version: PROTOCOL_VERSION };
      if (this.lastSeq > 0) hello.resume_from_seq = this.lastSeq;
      socket.send(JSON.stringify(hello));
    });
    socket.addEventListener('message', (event) => this.receive(event.data));
    socket.addEventListener('close', (event) => this.closed(socket, event.code));
  }

  receive(text) {
    this.lastHeard = Date.now();
    let message;
    try {
      message = JSON.parse(text);
    } catch (malformed) {
      return;
    }
    const messages = message.type === 'batch' ? message.messages ?? [] : [message];
    for (const each of messages) this.accept(each);
  }

  accept(message) {
    if (message.type === 'auth_response') {
      this.authenticate(message);
      return;
    }
    if (message.type === 'pong') return;
    if (typeof message.seq === 'number') {
      if (message.seq <= this.lastSeq) return;
      this.lastSeq = message.seq;
    }
    if (message.type === 'ping') {
      this.socket?.send(JSON.stringify({ type: 'pong', nonce: message.nonce }));
      return;
    }
    if ((message.type === 'ack' || message.type === 'error') && message.reply_to && this.pending.has(message.reply_to)) {
      this.settle(message.reply_to, message.type === 'ack' ? message : null,
        message.type === 'error' ? { code: message.error_code, message: message.error_message } : null);
      return;
    }
    this.onMessage(message);
  }

  authenticate(answer) {
    if (!answer.success) {
      this.finish(answer.error_code === 'PROTOCOL_VERSION_MISMATCH' ? 'protocol' : 'ended');
      return;
    }
    const reconnected = this.sessionId !== null;
    if (this.sessionId !== answer.session_id) {
      this.sessionId = answer.session_id;
      this.lastSeq = 0;
    }
    this.authenticated = true;
    this.attempt = 0;
    this.startHeartbeat(answer.heartbeat_interval_ms || 15000);
    this.onStatus({ state: 'online', resumed: answer.resumed });
    if (reconnected && !answer.resumed) this.onResync();
  }

  closed(socket, code) {
    if (socket !== this.socket) return;
    this.socket = null;
    this.authenticated = false;
    this.stopHeartbeat();
    for (const id of [...this.pending.keys()]) {
      this.settle(id, null, { code: 'OFFLINE', message: 'The connection was lost before the server answered.' });
    }
    if (this.stopped) return;
    if (FINAL_CLOSES[code]) {
      this.finish(FINAL_CLOSES[code]);
      return;
    }
    const delay = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** this.attempt) * (0.75 + Math.random() * 0.5);
    this.attempt += 1;
    this.onStatus({ state: 'offline', retryInMs: delay });
    this.retryTimer = setTimeout(() => this.open(), delay);
  }

  /** The browser lost its network: the socket is as good as dead, so say so now rather than at the next heartbeat. */
  dropNow() {
    const socket = this.socket;
    if (!this.stopped && socket) {
      this.closed(socket, 1006);
      socket.close(4000, 'the browser went offline');
    }
  }

  retryNow() {
    if (!this.stopped && this.socket === null) {
      this.open();
    }
  }

  finish(reason) {
    this.stopped = true;
    this.stopHeartbeat();
    this.forgetBrowserEvents();
    this.onStatus({ state: 'closed', reason });
  }

  forgetBrowserEvents() {
    window.removeEventListener('online', this.onBrowserOnline);
    window.removeEventListener('offline', this.onBrowserOffline);
  }

  settle(id, ack, failure) {
    const waiting = this.pending.get(id);
    if (!waiting) return;
    this.pending.delete(id);
    clearTimeout(waiting.timer);
    if (failure) waiting.reject(Object.assign(new Error(failure.message), { code: failure.code }));
    else waiting.resolve(ack);
  }

  startHeartbeat(intervalMs) {
    this.stopHeartbeat();
    this.lastHeard = Date.now();
    this.heartbeatTimer = setInterval(() => {
      const socket = this.socket;
      if (!socket) return;
      if (Date.now() - this.lastHeard > intervalMs * 2.5) {
        this.closed(socket, 1006);
        socket.close(4000, 'the server went quiet');
        return;
      }
      if (socket.readyState === WebSocket.OPEN) {
        this.socket.send(JSON.stringify({ type: 'ping', nonce: Date.now() }));
      }
    }, intervalMs);
  }

  stopHeartbeat() {
    clearInterval(this.heartbeatTimer);
    this.heartbeatTimer = null;
  }
}
