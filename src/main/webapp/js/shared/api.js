/** The REST half of the protocol: JSON over fetch, the bearer token, and the protocol's error body. */

export const PROTOCOL_VERSION = '1.0';

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/** A client for /api that sends the token tokenSource() returns, when there is one. */
export function createApi(tokenSource) {
  async function call(method, path, body) {
    const headers = { Accept: 'application/json' };
    const token = tokenSource();
    if (token) headers.Authorization = `Bearer ${token}`;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    let response;
    try {
      response = await fetch(`/api${path}`, {
        method, headers, body: body === undefined ? undefined : JSON.stringify(body), cache: 'no-store',
      });
    } catch (unreachable) {
      throw new ApiError(0, 'NETWORK', 'The server cannot be reached.');
    }
    if (response.status === 204) return null;
    const answer = await response.json().catch(() => null);
    if (!response.ok) {
      throw new ApiError(response.status, answer?.error_code ?? 'HTTP_' + response.status,
        answer?.error_message ?? `The server answered ${response.status}.`);
    }
    return answer;
  }
  return {
    get: (path) => call('GET', path),
    post: (path, body = {}) => call('POST', path, body),
  };
}

/** Registers (when asked) and logs in; resolves to the login answer. */
export async function logIn(api, { username, password, register }) {
  if (register) await api.post('/auth/register', { username, password });
  return api.post('/auth/login', { username, password, protocol_version: PROTOCOL_VERSION });
}
