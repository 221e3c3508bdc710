// Adding a report from the page: paste its text or choose a file; a .json/.jsonl file (or text
// starting with '{') is read as one JSON Lines record, so its id, date and outlet come along.
// The server extracts, stores and reconciles it at once, and answers with the incidents it now
// belongs to, which the page then shows.
import { postDocument } from './api.js';

const FIELDS = ['published', 'outlet', 'title', 'id'];

function fromJson(text) {
  const line = text.split('\n').find((l) => l.trim());
  const record = JSON.parse(line);
  if (typeof record !== 'object' || record === null || typeof record.text !== 'string') {
    throw new Error('the JSON record has no "text" field');
  }
  return record;
}

export class IngestDialog {
  constructor(dialog, { onStored }) {
    this.dialog = dialog;
    this.form = dialog.querySelector('form');
    this.status = dialog.querySelector('#ingest-status');
    this.submit = dialog.querySelector('#ingest-submit');
    this.onStored = onStored;
    this.record = null;
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.send();
    });
    dialog.querySelector('#ingest-cancel').addEventListener('click', () => dialog.close());
    this.form.elements.file.addEventListener('change', () => this.readFile());
  }

  open() {
    this.status.textContent = '';
    this.status.className = 'status';
    this.dialog.showModal();
    this.form.elements.text.focus();
  }

  async readFile() {
    const file = this.form.elements.file.files[0];
    if (!file) return;
    const text = await file.text();
    this.record = null;
    const looksJson = /\.jsonl?$/i.test(file.name) || text.trimStart().startsWith('{');
    if (looksJson) {
      try {
        this.record = fromJson(text);
        this.form.elements.text.value = this.record.text;
        for (const f of FIELDS) {
          if (this.record[f] !== undefined && this.record[f] !== null) {
            this.form.elements[f].value = f === 'published' ? String(this.record[f]).slice(0, 10) : this.record[f];
          }
        }
      } catch (err) {
        this.say(`Could not read ${file.name}: ${err.message}`, true);
        return;
      }
    } else {
      this.form.elements.text.value = text;
      if (!this.form.elements.id.value) this.form.elements.id.value = file.name;
    }
    this.say(`Read ${file.name} (${text.length} characters).`);
  }

  report() {
    const els = this.form.elements;
    const report = { ...(this.record || {}), text: els.text.value };
    for (const f of FIELDS) {
      const v = els[f].value.trim();
      if (v) report[f] = v;
      else delete report[f];
    }
    return report;
  }

  say(message, isError = false) {
    this.status.textContent = message;
    this.status.className = isError ? 'status error' : 'status';
  }

  async send() {
    const report = this.report();
    if (!report.text.trim()) {
      this.say('Paste a report or choose a file first.', true);
      return;
    }
    this.submit.disabled = true;
    this.say('Reading the report…');
    try {
      const answer = await postDocument(report);
      const claims = answer.document.claims.length;
      const found = answer.incidents.length;
      this.say(`${answer.outcome === 'added' ? 'Stored' : `Already known (${answer.outcome})`}: ` +
        `${claims} claim${claims === 1 ? '' : 's'}, ${found} incident${found === 1 ? '' : 's'}.`);
      this.form.reset();
      this.record = null;
      await this.onStored(answer);
      if (found) this.dialog.close();
    } catch (err) {
      this.say(err.message, true);
    } finally {
      this.submit.disabled = false;
    }
  }
}
