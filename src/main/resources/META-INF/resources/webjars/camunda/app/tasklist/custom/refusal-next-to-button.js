/*
 * Familjecentral: the server's refusal of a form, shown next to the button the official pressed.
 * When the engine refuses a task form or a start form (HTTP 4xx from .../submit-form, .../complete or .../start),
 * Tasklist itself shows the message only in a notification at the top of the page, often out of sight above a long
 * form. This module, loaded through config.js `customScripts`, watches Tasklist's own requests and puts the answer's
 * message (one Swedish sentence, e.g. "Ett avslag måste motiveras: skriv nämndens skäl.") in an alert right above the
 * pressed button ("Slutför", "Starta"), where the official is looking. A new press of a button removes it (closing
 * the notification at the top does not).
 */
const SUBMITS = /\/(submit-form|complete|start)(\?.*)?$/;
const REFUSAL_CLASS = 'fc-refusal';

let pressed = null;

function clearRefusals() {
  document.querySelectorAll('.' + REFUSAL_CLASS).forEach((element) => element.remove());
}

document.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest('button') : null;
  // closing a notification at the top is no new press: the refusal stays
  if (button && !button.closest('.page-notifications')) {
    pressed = button;
    clearRefusals();
  }
}, true);

/** The sentence of a refusal: the message of Camunda's error answer ({"type": ..., "message": ...}). */
export function refusalMessage(status, body) {
  if (status < 400 || status >= 500) {
    return null;
  }
  try {
    const message = JSON.parse(body).message;
    return typeof message === 'string' && message.trim() ? message.trim() : null;
  } catch (e) {
    return null;
  }
}

function showRefusal(message) {
  clearRefusals();
  const button = pressed && pressed.isConnected ? pressed : null;
  if (!button) {
    return;
  }
  const refusal = document.createElement('div');
  refusal.className = REFUSAL_CLASS + ' alert alert-danger';
  refusal.setAttribute('role', 'alert');
  refusal.textContent = message;
  const actions = button.parentElement;
  actions.insertBefore(refusal, actions.firstChild);
  refusal.scrollIntoView({ block: 'nearest' });
}

const open = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (method, url, ...rest) {
  this.fcSubmit = String(method).toUpperCase() === 'POST' && SUBMITS.test(String(url));
  return open.call(this, method, url, ...rest);
};

const send = XMLHttpRequest.prototype.send;
XMLHttpRequest.prototype.send = function (...args) {
  if (this.fcSubmit) {
    this.addEventListener('load', () => {
      const message = refusalMessage(this.status, this.responseText);
      if (message) {
        showRefusal(message);
      }
    });
  }
  return send.apply(this, args);
};
