/*
 * Familjecentral: Cockpit for read-only roles. Managers (ledning) and auditors (revision) may not cancel, suspend,
 * modify, migrate or delete, add or change variables, retry jobs or change priorities, assignees or groups: the
 * engine refuses it anyway (the application's guards answer with a Swedish sentence, which Cockpit shows after its
 * own Swedish words from locales/sv.json). So that they are not offered what they may not do, this module (loaded
 * through config.js `customScripts`) marks the page with the class `fc-read-only` while such a user is signed in,
 * and styles/user-styles.css hides Cockpit's write actions under it. Administrators see everything.
 */
const READ_ONLY_GROUPS = ['ledning', 'revision'];
const ADMIN_GROUP = 'camunda-admin';

function appRoot() {
  const base = document.querySelector('base');
  return (base && base.getAttribute('app-root')) || '/camunda';
}

function engineName() {
  const match = window.location.pathname.match(/\/app\/cockpit\/([^/]+)/);
  return match ? match[1] : 'default';
}

let checkedFor = null;

async function json(url) {
  const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  return response.ok ? response.json() : null;
}

/** Whether the signed-in user only reads: a member of ledning or revision and not an administrator. */
export function readOnly(groupIds) {
  return groupIds.some((g) => READ_ONLY_GROUPS.includes(g)) && !groupIds.includes(ADMIN_GROUP);
}

async function check() {
  const engine = engineName();
  const user = await json(`${appRoot()}/api/admin/auth/user/${engine}`).catch(() => null);
  const userId = user && user.userId;
  if (!userId) {
    checkedFor = null;
    document.documentElement.classList.remove('fc-read-only');
    return;
  }
  if (checkedFor === userId) {
    return;
  }
  const groups = await json(`${appRoot()}/api/engine/engine/${engine}/identity/groups?userId=${encodeURIComponent(userId)}`)
    .catch(() => null);
  const ids = groups && groups.groups ? groups.groups.map((g) => g.id) : [];
  document.documentElement.classList.toggle('fc-read-only', readOnly(ids));
  checkedFor = userId;
}

// hidden until the user is known (before the first page is drawn), then after every change of page: a sign-in
// and a sign-out change the page too
document.documentElement.classList.add('fc-read-only');
check();
window.addEventListener('hashchange', check);
