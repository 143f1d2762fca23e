/*
 * Familjecentral: configuration of the Camunda 7.24 welcome webapp.
 * Served by the Camunda Spring Boot starter in place of the webjar's file of the same path
 * (webjars/camunda/app/welcome/scripts/config.js); derived from Camunda's Apache-2.0 licensed original.
 * Options: see the commented original in camunda-webapp-webjar and https://docs.camunda.org/manual/7.24/webapps/
 */

import {named, swedishSettings} from '../../swedish-webapp-settings.js';

export default {
  // shown in the header and the browser tab as "<vendor> <name>"
  app: named('Familjecentral'),

  // Swedish dates, Swedish only, no welcome box: shared by the four webapps
  ...swedishSettings
};
