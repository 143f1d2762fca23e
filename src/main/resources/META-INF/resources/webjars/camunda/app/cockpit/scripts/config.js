/*
 * Familjecentral: configuration of the Camunda 7.24 cockpit webapp.
 * Served by the Camunda Spring Boot starter in place of the webjar's file of the same path
 * (webjars/camunda/app/cockpit/scripts/config.js); derived from Camunda's Apache-2.0 licensed original.
 * Options: see the commented original in camunda-webapp-webjar and https://docs.camunda.org/manual/7.24/webapps/
 */

import {named, swedishSettings} from '../../swedish-webapp-settings.js';

export default {
  // read-only roles (ledning, revision) are not offered Cockpit's write actions (custom/read-only-roles.js)
  customScripts: ['custom/read-only-roles'],
  // shown in the header and the browser tab as "<vendor> <name>"
  app: named('Familjecentral – Översikt'),

  // Swedish dates, Swedish only, no welcome box: shared by the four webapps
  ...swedishSettings
};
