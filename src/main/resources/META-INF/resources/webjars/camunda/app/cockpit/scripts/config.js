/*
 * Familjecentral: configuration of the Camunda 7.24 cockpit webapp.
 * Served by the Camunda Spring Boot starter in place of the webjar's file of the same path
 * (webjars/camunda/app/cockpit/scripts/config.js); derived from Camunda's Apache-2.0 licensed original.
 * Options: see the commented original in camunda-webapp-webjar and https://docs.camunda.org/manual/7.24/webapps/
 */

export default {
  // read-only roles (ledning, revision) are not offered Cockpit's write actions (custom/read-only-roles.js)
  customScripts: ['custom/read-only-roles'],
  // shown in the header and the browser tab as "<vendor> <name>"
  app: {
    name: 'Familjecentral – Översikt',
    vendor: 'Kommun och region'
  },

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
