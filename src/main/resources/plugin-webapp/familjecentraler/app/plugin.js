/*
 * Familjecentral: the Cockpit plugin "Familjecentraler" (Camunda 7.14+ front-end plugin: an ES module whose
 * default export lists plugin definitions). A menu entry, a page of its own (#/familjecentraler) and a box on the
 * dashboard. Everything is drawn here with plain DOM and SVG, nothing loaded from elsewhere. The answers come from
 * the plugin's resource (/camunda/api/cockpit/plugin/familjecentraler/{engine}/...), with Cockpit's login; only
 * ledning, revision, samordnare and administrators get them, others read the 403's Swedish sentence.
 */
const PLUGIN = 'familjecentraler';
const FEWER_THAN_FIVE = 'färre än 5';
const COLOURS = { FAMILY_CENTRE: '#1b7a3e', FAMILY_CENTRE_LIKE: '#7cc48f', NONE: '#c0392b' };
const CLASS_NAMES = {
  FAMILY_CENTRE: 'Familjecentral',
  FAMILY_CENTRE_LIKE: 'Familjecentralsliknande verksamhet',
};
const MEASURES = [
  ['referrals', 'Hänvisningar'],
  ['consentGiven', 'Samtycken'],
  ['routed', 'Förmedlade till insats'],
  ['firstContactsWithinDeadline', 'Första kontakt inom tidsfristen'],
  ['reportsOfConcern', 'Orosanmälningar'],
  ['deadlinesMet', 'Tidsfrister hållna'],
  ['deadlinesMissed', 'Tidsfrister missade'],
];

function esc(value) {
  return String(value == null ? '' : value).replace(/[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

function appRoot() {
  const base = document.querySelector('base');
  return (base && base.getAttribute('app-root')) || '/camunda';
}

function handbookUrl() {
  return appRoot().replace(/\/camunda$/, '') + '/handbook';
}

function client(api) {
  const root = `${api.cockpitApi}/plugin/${PLUGIN}/${api.engine}`;
  return async (path) => {
    const response = await fetch(root + path, {
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'X-XSRF-TOKEN': api.CSRFToken || '' },
    });
    let body = null;
    try {
      body = await response.json();
    } catch (notJson) {
      body = null;
    }
    if (!response.ok) {
      const message = body && body.message ? body.message : `Svaret kunde inte läsas (${response.status}).`;
      const error = new Error(message);
      error.status = response.status;
      throw error;
    }
    return body;
  };
}

function shown(count) {
  return typeof count === 'number' ? String(count) : FEWER_THAN_FIVE;
}

function refusal(error) {
  return `<p class="fc-refusal" role="alert">${esc(error.message)}</p>`;
}

// ---- coverage --------------------------------------------------------------------------------------------------

function coverageRows(coverage) {
  const rows = [];
  (coverage.perMunicipality || []).forEach((m) => {
    rows.push({ name: m.municipality, counts: m.centresByClassification || {}, total: m.activeCentres, area: false });
    (m.perArea || []).forEach((a) => rows.push({
      name: a.area, counts: a.centresByClassification || {}, total: a.activeCentres, area: true,
    }));
  });
  return rows;
}

function coverageSvg(coverage) {
  const rows = coverageRows(coverage);
  const max = Math.max(1, ...rows.map((r) => (r.counts.FAMILY_CENTRE || 0) + (r.counts.FAMILY_CENTRE_LIKE || 0)));
  const rowHeight = 22;
  const labelWidth = 230;
  const barWidth = 420;
  const height = rows.length * rowHeight + 30;
  const parts = [`<svg class="fc-coverage-chart" xmlns="http://www.w3.org/2000/svg" width="${labelWidth + barWidth + 220}" height="${height}" role="img" aria-label="Täckning per kommun i ${esc(coverage.regionName)}">`];
  rows.forEach((row, i) => {
    const y = i * rowHeight + 4;
    const none = row.total === 0;
    const label = row.area ? `  ${row.name}` : row.name;
    parts.push(`<g class="fc-coverage-row${none ? ' fc-none' : ''}${row.area ? ' fc-area' : ''}" data-name="${esc(row.name)}">`);
    parts.push(`<text x="${row.area ? 16 : 0}" y="${y + 14}" font-size="13" fill="${none ? COLOURS.NONE : '#222'}" font-weight="${none ? 'bold' : 'normal'}">${esc(label.trim())}</text>`);
    let x = labelWidth;
    ['FAMILY_CENTRE', 'FAMILY_CENTRE_LIKE'].forEach((kind) => {
      const n = row.counts[kind] || 0;
      if (n > 0) {
        const w = (n / max) * barWidth;
        parts.push(`<rect x="${x}" y="${y}" width="${w}" height="16" fill="${COLOURS[kind]}"><title>${esc(CLASS_NAMES[kind])}: ${n}</title></rect>`);
        x += w;
      }
    });
    if (none) {
      parts.push(`<rect x="${labelWidth}" y="${y}" width="14" height="16" fill="none" stroke="${COLOURS.NONE}" stroke-width="2"/>`);
      parts.push(`<text x="${labelWidth + 22}" y="${y + 13}" font-size="12" fill="${COLOURS.NONE}">Saknar familjecentral</text>`);
    } else {
      parts.push(`<text x="${x + 6}" y="${y + 13}" font-size="12" fill="#222">${row.total}</text>`);
    }
    parts.push('</g>');
  });
  parts.push('</svg>');
  return parts.join('');
}

async function renderCoverage(container, get, regionId) {
  const regions = await get('/regions');
  const chosen = regionId || (regions.find((r) => r.id === 'skane') || regions[0] || {}).id;
  container.innerHTML = `
    <label class="fc-field">Region
      <select class="form-control fc-region">${regions.map((r) =>
        `<option value="${esc(r.id)}"${r.id === chosen ? ' selected' : ''}>${esc(r.name)}</option>`).join('')}</select>
    </label>
    <div class="fc-coverage"></div>`;
  container.querySelector('.fc-region').addEventListener('change', (e) => renderCoverage(container, get, e.target.value));
  const target = container.querySelector('.fc-coverage');
  if (!chosen) {
    target.innerHTML = '<p>Inga regioner i registret.</p>';
    return;
  }
  const coverage = await get(`/coverage/${encodeURIComponent(chosen)}`);
  const without = coverage.municipalitiesWithoutCentre || [];
  target.innerHTML = `
    <h3>${esc(coverage.regionName)}</h3>
    <p class="fc-summary">${coverage.municipalitiesWithCentre} av ${coverage.municipalities} kommuner har minst en
      familjecentral eller familjecentralsliknande verksamhet.</p>
    <p class="fc-legend">
      <span style="background:${COLOURS.FAMILY_CENTRE}"></span> Familjecentral
      <span style="background:${COLOURS.FAMILY_CENTRE_LIKE}"></span> Familjecentralsliknande verksamhet
      <span class="fc-legend-none"></span> Saknar familjecentral</p>
    ${coverageSvg(coverage)}
    <p class="fc-without">${without.length ? `Utan familjecentral: ${esc(without.join(', '))}.`
      : 'Alla kommuner har minst en.'}</p>`;
}

// ---- the register ------------------------------------------------------------------------------------------------

async function renderRegister(container, get) {
  const centres = await get('/centres');
  if (!centres.length) {
    container.innerHTML = '<p>Registret är tomt.</p>';
    return;
  }
  container.innerHTML = `<table class="table table-striped fc-register">
    <thead><tr><th>Familjecentral</th><th>Kommun</th><th>Status</th><th>Klassning</th><th>Tilläggsavtal</th>
      <th>Verksamheter på plats</th><th>Start</th><th>Nästa utvärdering</th><th>Statushistorik</th></tr></thead>
    <tbody>${centres.map((c) => `<tr data-centre="${esc(c.id)}">
      <td>${esc(c.name)}</td><td>${esc(c.municipality)}${c.area ? `, ${esc(c.area)}` : ''}</td>
      <td>${esc(c.status.name)}</td><td>${esc(c.classification ? c.classification.name : '–')}</td>
      <td>${c.agreement ? `${esc(c.agreement.statusName)}${c.agreement.from ? ` från ${esc(c.agreement.from)}` : ''}${c.agreement.provider ? ` (${esc(c.agreement.provider)})` : ''}` : '–'}</td>
      <td>${c.legs.filter((l) => l.present).map((l) => esc(l.name)).join(', ') || '–'}</td>
      <td>${esc(c.launchDate || '–')}</td><td>${esc(c.nextEvaluation || '–')}</td>
      <td><ul class="fc-history">${c.statusHistory.map((s) => `<li>${esc(s.on)} ${esc(s.statusName)}</li>`).join('')}</ul></td>
    </tr>`).join('')}</tbody></table>`;
}

// ---- figures -----------------------------------------------------------------------------------------------------

function measureSvg(months, key, title) {
  const values = months.map((m) => m[key]);
  const max = Math.max(5, ...values.filter((v) => typeof v === 'number'));
  const w = 34;
  const h = 120;
  const width = months.length * w + 40;
  const parts = [`<svg class="fc-measure" data-measure="${key}" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${h + 40}" role="img" aria-label="${esc(title)}">`];
  parts.push(`<line x1="30" y1="${h}" x2="${width}" y2="${h}" stroke="#999"/>`);
  months.forEach((m, i) => {
    const v = m[key];
    const x = 34 + i * w;
    if (typeof v === 'number') {
      const bh = (v / max) * (h - 10);
      parts.push(`<rect x="${x}" y="${h - bh}" width="${w - 8}" height="${bh}" fill="#2c6fb7"><title>${esc(m.month)}: ${v}</title></rect>`);
      parts.push(`<text x="${x + (w - 8) / 2}" y="${h - bh - 3}" font-size="10" text-anchor="middle">${v}</text>`);
    } else {
      parts.push(`<rect class="fc-suppressed" x="${x}" y="${h - 18}" width="${w - 8}" height="18" fill="#ddd" stroke="#999" stroke-dasharray="2,2"><title>${esc(m.month)}: ${FEWER_THAN_FIVE}</title></rect>`);
      parts.push(`<text x="${x + (w - 8) / 2}" y="${h - 22}" font-size="10" text-anchor="middle">&lt;5</text>`);
    }
    parts.push(`<text x="${x + (w - 8) / 2}" y="${h + 14}" font-size="10" text-anchor="middle">${esc(m.month.substring(5))}</text>`);
  });
  parts.push('</svg>');
  return `<figure class="fc-figure"><figcaption>${esc(title)}</figcaption>${parts.join('')}</figure>`;
}

const MONTH_NAMES = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september',
  'oktober', 'november', 'december'];

/** A choice of whole months (the figures' shortest period), three years back, named in Swedish. */
function monthSelect(name, chosen, last) {
  const [year, month] = last.split('-').map(Number);
  const options = [];
  for (let i = 0; i < 36; i += 1) {
    const d = new Date(year, month - 1 - i, 1);
    const value = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
    options.push(`<option value="${value}"${value === chosen ? ' selected' : ''}>${MONTH_NAMES[d.getMonth()]} ${d.getFullYear()}</option>`);
  }
  return `<select class="form-control" name="${name}">${options.join('')}</select>`;
}

async function renderFigures(container, get, choice) {
  const centres = await get('/centres');
  const today = new Date();
  const thisMonth = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}`;
  const state = Object.assign({ centre: '', from: `${today.getFullYear()}-01`, to: thisMonth }, choice || {});
  container.innerHTML = `
    <form class="form-inline fc-figures-form">
      <label class="fc-field">Familjecentral <select class="form-control" name="centre">
        <option value="">Alla familjecentraler</option>${centres.map((c) =>
          `<option value="${esc(c.id)}"${c.id === state.centre ? ' selected' : ''}>${esc(c.name)}</option>`).join('')}
      </select></label>
      <label class="fc-field">Från månad ${monthSelect('from', state.from, thisMonth)}</label>
      <label class="fc-field">Till månad ${monthSelect('to', state.to, thisMonth)}</label>
      <button class="btn btn-primary" type="submit">Visa</button>
    </form>
    <p class="fc-note">Antal under 5 visas som ”${FEWER_THAN_FIVE}” så att ingen familj kan pekas ut; den kortaste
      perioden är en kalendermånad.</p>
    <div class="fc-figures"></div>`;
  const form = container.querySelector('form');
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    renderFigures(container, get, { centre: form.centre.value, from: form.from.value, to: form.to.value });
  });
  const target = container.querySelector('.fc-figures');
  const query = new URLSearchParams();
  if (state.centre) query.set('centre', state.centre);
  if (state.from) query.set('from', state.from);
  if (state.to) query.set('to', state.to);
  try {
    const figures = await get(`/figures?${query}`);
    target.innerHTML = `
      <h3>${esc(figures.centreName || 'Alla familjecentraler')}, ${esc(figures.from)} – ${esc(figures.to)}</h3>
      <div class="fc-charts">${MEASURES.map(([key, title]) => measureSvg(figures.months, key, title)).join('')}</div>
      <table class="table fc-figures-table"><thead><tr><th>Månad</th>${MEASURES.map(([, t]) => `<th>${esc(t)}</th>`).join('')}</tr></thead>
      <tbody>${figures.months.concat([Object.assign({}, figures.total, { month: 'Hela perioden' })]).map((m) =>
        `<tr><td>${esc(m.month)}</td>${MEASURES.map(([key]) => `<td>${esc(shown(m[key]))}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
  } catch (error) {
    target.innerHTML = refusal(error);
  }
}

// ---- escalations and overdue work, the coordinator's overview ---------------------------------------------------

async function renderWork(container, get) {
  const work = await get('/work');
  const max = Math.max(1, ...work.map((w) => w.openEscalations + w.overdueTasks));
  container.innerHTML = `<p>Öppna eskaleringar (samordnarens uppgifter om missade tidsfrister och försenade
    utredningar) och förfallna uppgifter per familjecentral. Bara antal, inga ärenden.</p>
    <table class="table fc-work"><thead><tr><th>Familjecentral</th><th>Kommun</th><th>Öppna eskaleringar</th>
      <th>Förfallna uppgifter</th><th></th></tr></thead>
    <tbody>${work.map((w) => `<tr data-centre="${esc(w.centreId)}"><td>${esc(w.centreName)}</td>
      <td>${esc(w.municipality)}</td><td>${w.openEscalations}</td><td>${w.overdueTasks}</td>
      <td><svg width="160" height="14" xmlns="http://www.w3.org/2000/svg">
        <rect width="${(w.openEscalations / max) * 160}" height="14" fill="#c0392b"/>
        <rect x="${(w.openEscalations / max) * 160}" width="${(w.overdueTasks / max) * 160}" height="14" fill="#e67e22"/></svg></td>
    </tr>`).join('')}</tbody></table>`;
}

async function renderCoordination(container, get) {
  const steps = await get('/coordination');
  container.innerHTML = `<table class="table fc-coordination"><thead><tr><th>Familjecentral</th><th>Kommun</th>
      <th>Status</th><th>Steg just nu</th><th>Nästa utvärdering</th><th>Öppna eskaleringar</th><th>Förfallna uppgifter</th></tr></thead>
    <tbody>${steps.map((s) => `<tr data-centre="${esc(s.centreId)}"><td>${esc(s.centreName)}</td>
      <td>${esc(s.municipality)}</td><td>${esc(s.status.name)}</td>
      <td>${s.currentSteps.length ? s.currentSteps.map(esc).join(', ') : '–'}</td>
      <td>${esc(s.nextEvaluation || '–')}</td><td>${s.openEscalations}</td><td>${s.overdueTasks}</td></tr>`).join('')}
    </tbody></table>`;
}

// ---- the page ----------------------------------------------------------------------------------------------------

const TABS = [
  ['coverage', 'Täckning', renderCoverage],
  ['register', 'Registret', renderRegister],
  ['figures', 'Uppföljning av hänvisningar', renderFigures],
  ['work', 'Eskaleringar och förfallet arbete', renderWork],
  ['coordination', 'Samordnarens översikt', renderCoordination],
];

function renderPage(node, api) {
  const get = client(api);
  node.innerHTML = `<div class="fc-plugin">
    <h1>Familjecentraler</h1>
    <p class="fc-intro">Täckning, register, uppföljning och samordning, utan personuppgifter.
      <a class="fc-handbook-link" href="${esc(handbookUrl())}">Handboken för revision och ledning</a></p>
    <ul class="nav nav-tabs fc-tabs">${TABS.map(([id, title]) =>
      `<li data-tab="${id}"><a href="" data-tab="${id}">${esc(title)}</a></li>`).join('')}</ul>
    <div class="fc-tab-content"></div></div>`;
  const content = node.querySelector('.fc-tab-content');
  const open = async (id) => {
    node.querySelectorAll('.fc-tabs li').forEach((li) => li.classList.toggle('active', li.dataset.tab === id));
    const [, , render] = TABS.find(([tab]) => tab === id);
    content.innerHTML = '<p class="fc-loading">Hämtar …</p>';
    try {
      await render(content, get);
    } catch (error) {
      content.innerHTML = refusal(error);
    }
  };
  node.querySelectorAll('.fc-tabs a').forEach((a) => a.addEventListener('click', (e) => {
    e.preventDefault();
    open(a.dataset.tab);
  }));
  open('coverage');
}

export default [
  {
    id: 'familjecentraler',
    pluginPoint: 'cockpit.navigation',
    priority: 5,
    properties: { path: '/familjecentraler' },
    render: (node) => {
      node.innerHTML = '<a href="#/familjecentraler" class="fc-navigation">Familjecentraler</a>';
    },
  },
  {
    id: 'familjecentraler-page',
    pluginPoint: 'cockpit.route',
    properties: { path: '/familjecentraler' },
    render: (node, { api }) => renderPage(node, api),
  },
  {
    id: 'familjecentraler-dashboard',
    pluginPoint: 'cockpit.dashboard',
    priority: 20,
    render: (node) => {
      node.innerHTML = `<section class="fc-dashboard"><h3 class="section-title">Familjecentraler</h3>
        <p><a href="#/familjecentraler">Täckning, register, uppföljning och samordnarens översikt</a> ·
          <a class="fc-handbook-link" href="${esc(handbookUrl())}">Handboken</a></p></section>`;
    },
  },
];
