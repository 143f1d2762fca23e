/*
 * Familjecentral: a link to the auditor's handbook (/handbook) in Tasklist's header, for every signed-in official.
 * The handbook accepts the webapps' session, so it opens without a password prompt. Loaded through config.js
 * `customScripts`; the header is drawn (and redrawn at sign-in) by Tasklist, so the link is added whenever it is
 * missing.
 */
function handbookUrl() {
  const base = document.querySelector('base');
  const root = (base && base.getAttribute('app-root')) || '/camunda';
  return root.replace(/\/camunda$/, '') + '/handbook';
}

function addLink() {
  const menu = document.querySelector('[cam-widget-header] ul[cam-if-logged-in]');
  if (menu && !menu.querySelector('.fc-handbook-link')) {
    const item = document.createElement('li');
    item.className = 'fc-handbook';
    const link = document.createElement('a');
    link.className = 'fc-handbook-link';
    link.href = handbookUrl();
    link.textContent = 'Handboken';
    item.appendChild(link);
    menu.appendChild(item);
  }
}

new MutationObserver(addLink).observe(document.documentElement, { childList: true, subtree: true });
addLink();
