import { logIn } from './api.js';

/**
 * Wires a login form: its username and password fields and two submit buttons, "login" and
 * "register". Calls onLoggedIn with the login answer; shows refusals in the form's alert element.
 */
export function wireLoginForm(form, api, onLoggedIn) {
  const alert = form.querySelector('[role="alert"]');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const register = event.submitter?.value === 'register';
    const username = form.elements.username.value.trim();
    const password = form.elements.password.value;
    alert.textContent = '';
    setBusy(form, true);
    try {
      onLoggedIn(await logIn(api, { username, password, register }), username);
      form.elements.password.value = '';
    } catch (refused) {
      alert.textContent = explain(refused);
    } finally {
      setBusy(form, false);
    }
  });
}

function explain(refused) {
  switch (refused.code) {
    case 'AUTH_FAILED': return 'Wrong username or password.';
    case 'USERNAME_TAKEN': return 'That username is taken. Log in instead, or pick another.';
    case 'RATE_LIMITED': return 'Too many attempts. Wait a minute and try again.';
    default: return refused.message;
  }
}

function setBusy(form, busy) {
  for (const button of form.querySelectorAll('button')) button.disabled = busy;
  form.setAttribute('aria-busy', String(busy));
}
