/*
 * Familjecentral: Swedish date pickers, weeks starting on Monday, in every form of Tasklist.
 * The form library bundled with Camunda 7.24's Tasklist (form-js, in lib/deps.js) draws its date fields with the
 * flatpickr it bundles, which knows English only and starts the week on Sunday; it creates each picker without a
 * locale, so the pickers take flatpickr's default. This module, loaded through config.js `customScripts`, makes
 * Swedish that default (`flatpickr.localize`, on the `window.flatpickr` the bundle sets) and, for a picker drawn
 * before it ran, sets the locale on the picker itself (`set('locale', ...)` redraws its month and weekdays). The
 * date's own format follows the browser's language (form-js reads it from Intl): ÅÅÅÅ-MM-DD in a Swedish browser.
 */
export const SWEDISH = {
  weekdays: {
    shorthand: ['sön', 'mån', 'tis', 'ons', 'tor', 'fre', 'lör'],
    longhand: ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag'],
  },
  months: {
    shorthand: ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
    longhand: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober',
      'november', 'december'],
  },
  firstDayOfWeek: 1,
  weekAbbreviation: 'v.',
  rangeSeparator: ' till ',
  scrollTitle: 'Skrolla för att ändra',
  toggleTitle: 'Klicka för att växla',
  yearAriaLabel: 'År',
  monthAriaLabel: 'Månad',
  hourAriaLabel: 'Timme',
  minuteAriaLabel: 'Minut',
  time_24hr: true,
  ordinal: () => '.',
};

function swedishByDefault() {
  const flatpickr = window.flatpickr;
  if (flatpickr && typeof flatpickr.localize === 'function' && flatpickr.l10ns
      && flatpickr.l10ns.default.firstDayOfWeek !== SWEDISH.firstDayOfWeek) {
    flatpickr.localize(SWEDISH);
  }
}

function swedishPickers(root) {
  root.querySelectorAll('input').forEach((input) => {
    const picker = input._flatpickr;
    if (picker && picker.l10n && picker.l10n.months.longhand[0] !== SWEDISH.months.longhand[0]) {
      picker.set('locale', SWEDISH);
    }
  });
}

swedishByDefault();
new MutationObserver(() => {
  swedishByDefault();
  swedishPickers(document);
}).observe(document.documentElement, {
  childList: true,
  subtree: true,
});
