/*
 * Familjecentral: configuration of the Camunda 7.24 tasklist webapp.
 * Served by the Camunda Spring Boot starter in place of the webjar's file of the same path
 * (webjars/camunda/app/tasklist/scripts/config.js); derived from Camunda's Apache-2.0 licensed original.
 * Options: see the commented original in camunda-webapp-webjar and https://docs.camunda.org/manual/7.24/webapps/
 */

import {named, swedishSettings} from '../../swedish-webapp-settings.js';

export default {
  // Swedish validation messages in task forms (custom/swedish-form-messages.js); the server's refusal of a form
  // next to the button the official pressed (custom/refusal-next-to-button.js); Swedish date pickers, Monday first
  // (custom/swedish-date-pickers.js); a link to the handbook in the header (custom/handbook-link.js)
  customScripts: ['custom/swedish-form-messages', 'custom/refusal-next-to-button', 'custom/swedish-date-pickers',
    'custom/handbook-link'],
  // shown in the header and the browser tab as "<vendor> <name>"
  app: named('Familjecentral – Uppgifter'),

  // Swedish dates, Swedish only, no welcome box: shared by the four webapps
  ...swedishSettings,

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opens the start process modal dialog'
    }
  }
};
