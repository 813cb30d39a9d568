// The Délais engine as a JavaScript API: the same code and the same JSON as the CLI
// (`delais estimate`, README "The JSON interface"). It loads its own small Wasm
// (engine_bg.wasm, no user interface) on first use.
//
//   import { estimate, services, holidays } from 'https://…/delais-api.js';
//   const result = await estimate({ service: 'caq-etudes', received: '2025-12-19' });
//   if (result.error) console.log(result.error.message_en); else console.log(result.target);
//
// Bad input never throws: it resolves to { error: { code, field, message_fr, message_en } }.
import init, { estimateJson, servicesJson, holidaysJson } from './engine.js';

let ready;
/** Loads the engine; the other functions call it, so calling it yourself is optional. */
export function load() {
  // A failed load is forgotten, so the next call downloads again.
  ready ??= init(new URL('./engine_bg.wasm', import.meta.url)).catch((error) => {
    ready = undefined;
    throw error;
  });
  return ready;
}

function failure(code, message_fr, message_en) {
  return { error: { code, field: 'request', message_fr, message_en } };
}

/** One request → its estimate, or { error }. */
export async function estimate(request) {
  await load();
  let text;
  try {
    text = JSON.stringify(request);
  } catch (problem) {
    return failure('malformed-json', `Requête illisible : ${problem}.`, `Unreadable request: ${problem}.`);
  }
  if (text === undefined) {
    return failure('wrong-type', 'La requête doit être un objet.', 'The request must be an object.');
  }
  return JSON.parse(estimateJson(text));
}

/** The rules catalogue: { checked_on, services, declarations, contacts }. */
export async function services() {
  await load();
  return JSON.parse(servicesJson());
}

/** Every day off (weekends excluded) of the years, or { error }. */
export async function holidays(calendar = 'qc-public-service', fromYear, toYear = fromYear) {
  await load();
  if (!Number.isInteger(fromYear) || !Number.isInteger(toYear)) {
    return failure('wrong-type', 'Les années doivent être des nombres entiers.', 'Years must be whole numbers.');
  }
  return JSON.parse(holidaysJson(String(calendar), fromYear, toYear));
}
