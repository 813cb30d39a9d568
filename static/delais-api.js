// The Délais engine as a JavaScript API: the same code and the same JSON as the CLI
// (`delais estimate`, README "The JSON interface"). It loads its own small Wasm
// (engine_bg.wasm, no user interface) on first use.
//
//   import { estimate, services, holidays } from 'https://…/delais-api.js';
//   const result = await estimate({ service: 'caq-etudes', received: '2025-12-19' });
//   if (result.error) console.log(result.error.message_en); else console.log(result.target);
//
// Nothing throws and nothing rejects: bad input, a request too large and an engine that
// cannot load or fails all resolve to { error: { code, field, message_fr, message_en } }.
import init, { estimateJson, servicesJson, holidaysJson } from './engine.js';

/** The largest request read, as the CLI's line (README, "The JSON interface"). */
const MAX_REQUEST_BYTES = 1 << 20;
const FIRST_YEAR = 1900;
const LAST_YEAR = 2199;

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

function failure(code, field, message_fr, message_en) {
  return { error: { code, field, message_fr, message_en } };
}

const TOO_LARGE = Symbol('too large');

/** Runs `call` on the loaded engine and reads its JSON; any failure becomes { error }. */
async function engine(call) {
  try {
    await load();
  } catch {
    return failure('engine-unavailable', 'request', "Le moteur de Délais n'a pas pu être chargé : réessayez plus tard.",
      'The Délais engine could not be loaded: try again later.');
  }
  try {
    return JSON.parse(call());
  } catch {
    return failure('engine-failed', 'request', "Le moteur de Délais n'a pas pu répondre à cette requête.",
      'The Délais engine could not answer this request.');
  }
}

/** One request → its estimate, or { error }. */
export async function estimate(request) {
  let text;
  try {
    if (request !== null && typeof request === 'object' && request.today != null && typeof request.today !== 'string') {
      return failure('invalid-date', 'today', "« today » doit être une date écrite AAAA-MM-JJ, dans une chaîne.",
        '“today” must be a date written YYYY-MM-DD, in a string.');
    }
    // Counted while it is written: a huge request stops early, before it is all in memory.
    let size = 0;
    text = JSON.stringify(request, (key, value) => {
      size += key.length + (typeof value === 'string' ? value.length : 1) + 2;
      if (size > MAX_REQUEST_BYTES) throw TOO_LARGE;
      // NaN and Infinity would silently become null (an absent field): pass them as text,
      // which the engine names as a bad value of its field.
      return typeof value === 'number' && !Number.isFinite(value) ? String(value) : value;
    });
  } catch (problem) {
    if (problem === TOO_LARGE || problem instanceof RangeError) {
      return failure('request-too-large', 'request', `La requête dépasse ${MAX_REQUEST_BYTES} octets : elle n'est pas lue.`,
        `The request is longer than ${MAX_REQUEST_BYTES} bytes: it is not read.`);
    }
    return failure('malformed-json', 'request', "Requête illisible : elle ne s'écrit pas en JSON.",
      'Unreadable request: it cannot be written as JSON.');
  }
  if (text === undefined) {
    return failure('wrong-type', 'request', 'La requête doit être un objet.', 'The request must be an object.');
  }
  return engine(() => estimateJson(text));
}

/** The rules catalogue: { checked_on, services, declarations, contacts }. */
export async function services() {
  return engine(() => servicesJson());
}

/** A year as given, for a message: a number's digits, a string's first characters. */
function shown(year) {
  if (typeof year === 'number') return String(year);
  if (typeof year === 'string') return year.replace(/[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, '').slice(0, 12);
  return typeof year;
}

/** The year's problem as { error }, or null when it is a whole number from 1900 to 2199. */
function yearProblem(year) {
  if (typeof year !== 'number' || !Number.isInteger(year)) {
    return failure('malformed-year', 'request', `« ${shown(year)} » n'est pas une année. Écrivez-la en chiffres, par exemple 2026.`,
      `“${shown(year)}” is not a year. Write it in digits, for example 2026.`);
  }
  if (!Number.isSafeInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
    return failure('year-out-of-range', 'request', `L'année ${shown(year)} doit être entre ${FIRST_YEAR} et ${LAST_YEAR}.`,
      `The year ${shown(year)} must be between ${FIRST_YEAR} and ${LAST_YEAR}.`);
  }
  return null;
}

/** Every day off (weekends excluded) of the years, or { error }. */
export async function holidays(calendar = 'qc-public-service', fromYear, toYear = fromYear) {
  if (typeof calendar !== 'string') {
    return failure('wrong-type', 'calendar', 'Le calendrier doit être une chaîne : qc-public-service ou qc-statutory.',
      'The calendar must be a string: qc-public-service or qc-statutory.');
  }
  const problem = yearProblem(fromYear) ?? yearProblem(toYear);
  if (problem) return problem;
  // No calendar's name is long: the engine names an unknown one by its first characters.
  return engine(() => holidaysJson(calendar.slice(0, 64), fromYear, toYear));
}
