// Runs one peer library over a JSON Lines file, doing only its part of reckon's job, and prints
// "<peer> <documents> <bytes> <seconds> <mentions>" on stdout. Used by bench/compare.
//
//   node run.mjs chrono|recognizers|compromise|wink FILE.jsonl
import { readFileSync } from 'node:fs';

const [peer, file] = process.argv.slice(2);
const docs = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));

async function load(name) {
  switch (name) {
    case 'chrono': {
      // Dates, resolved against the publication date as reference.
      const chrono = await import('chrono-node');
      return (d) => chrono.parse(d.text, d.published ? new Date(d.published + 'T12:00:00Z') : new Date()).length;
    }
    case 'recognizers': {
      // Numbers and dates, as Microsoft's recognizers do them.
      const r = await import('@microsoft/recognizers-text-suite');
      const culture = r.Culture.English;
      return (d) => r.recognizeNumber(d.text, culture).length + r.recognizeDateTime(d.text, culture).length;
    }
    case 'compromise': {
      // General NLP: places, people, numbers.
      const nlp = (await import('compromise')).default;
      return (d) => {
        const doc = nlp(d.text);
        return doc.places().length + doc.people().length + doc.numbers().length;
      };
    }
    case 'wink': {
      // General NLP: tokens, sentences and entities (dates, cardinals, ...).
      const winkNLP = (await import('wink-nlp')).default;
      const model = (await import('wink-eng-lite-web-model')).default;
      const nlp = winkNLP(model);
      return (d) => nlp.readDoc(d.text).entities().length();
    }
    default:
      throw new Error(`unknown peer ${name}`);
  }
}

const run = await load(peer);
let bytes = 0;
let mentions = 0;
const t0 = process.hrtime.bigint();
for (const d of docs) {
  bytes += Buffer.byteLength(d.text, 'utf8');
  mentions += run(d);
}
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
console.log(`${peer} ${docs.length} ${bytes} ${seconds.toFixed(3)} ${mentions}`);
