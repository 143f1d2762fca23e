/*
 * Familjecentral: Swedish validation messages (and the select fields' placeholder) in Tasklist's forms.
 * The form library bundled with Camunda 7.24's Tasklist (form-js) writes its validation messages in English and
 * offers no translation of its own; this module, loaded through config.js `customScripts`, translates each message as
 * it appears. A pattern is never shown to officials: "Fältet har fel format" is enough, and the field's help text
 * says what is expected.
 */
const TRANSLATIONS = [
  [/^Field is required\.?$/, () => 'Fältet måste fyllas i.'],
  [/^Field must have minimum length of (\d+)\.?$/, (m) => `Fältet måste ha minst ${m[1]} tecken.`],
  [/^Field must have maximum length of (\d+)\.?$/, (m) => `Fältet får ha högst ${m[1]} tecken.`],
  [/^Field must have minimum value of (.+?)\.?$/, (m) => `Värdet måste vara minst ${m[1]}.`],
  [/^Field must have maximum value of (.+?)\.?$/, (m) => `Värdet får vara högst ${m[1]}.`],
  [/^Field must match pattern .*$/, () => 'Fältet har fel format.'],
  [/^Value is not a number\.?$/, () => 'Värdet är inget tal: skriv bara siffror, t.ex. 1200000.'],
  [/^Value is expected to be an integer\.?$/, () => 'Skriv ett heltal, utan decimaler.'],
  [/^Field must be a valid email\.?$/, () => 'Ange en giltig e-postadress.'],
  [/^Field must be a valid\s+international phone number.*$/, () => 'Ange ett giltigt telefonnummer med landsnummer, t.ex. +46 8 123 456 78.'],
];

export function translate(text) {
  const trimmed = (text || '').trim();
  for (const [pattern, swedish] of TRANSLATIONS) {
    const match = trimmed.match(pattern);
    if (match) {
      return swedish(match);
    }
  }
  return null;
}

function translateErrors(root) {
  root.querySelectorAll('.fjs-form-field-error, .fjs-form-field-error *').forEach((element) => {
    element.childNodes.forEach((node) => {
      if (node.nodeType === Node.TEXT_NODE) {
        const swedish = translate(node.textContent);
        if (swedish && swedish !== node.textContent) {
          node.textContent = swedish;
        }
      }
    });
  });
}

/** A select field shows "Select" until something is chosen. */
function translatePlaceholders(root) {
  // the text node itself is changed (not the element's content), so the form library keeps its own node
  root.querySelectorAll('.fjs-select-placeholder').forEach((element) => {
    element.childNodes.forEach((node) => {
      if (node.nodeType === Node.TEXT_NODE && node.nodeValue === 'Select') {
        node.nodeValue = 'Välj …';
      }
    });
  });
}

new MutationObserver(() => {
  translateErrors(document);
  translatePlaceholders(document);
}).observe(document.documentElement, {
  childList: true,
  subtree: true,
  characterData: true,
});
