/*
 * Familjecentral: the settings the four Camunda 7.24 webapps (tasklist, cockpit, admin, welcome) share, in one
 * place. Each app's scripts/config.js imports this module (the webapps load config.js as an ES module) and adds
 * only what is its own: its name and its custom scripts.
 */

export const swedishSettings = {
  // Swedish dates: ISO date, 24-hour clock (moment.js format strings)
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'D MMM YYYY HH:mm',
    normal: 'YYYY-MM-DD HH:mm',
    long: 'dddd D MMMM YYYY [kl.] HH:mm',
    short: 'YYYY-MM-DD'
  },

  // Swedish first; a browser asking for English gets English, any other language Swedish
  locales: {
    availableLocales: ['sv'],
    fallbackLocale: 'sv'
  },

  // no vendor 'first login' welcome box
  disableWelcomeMessage: true
};

/** The header and the browser tab read "<vendor> <name>". */
export function named(name) {
  return {name, vendor: 'Kommun och region'};
}
