import { readFileSync } from 'node:fs';
import { parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { UsageError } from '../command.js';
import { loadEntityTagger, modelsPresent, tagEntityDocument } from '../../nlp/models.js';
import { modelsDir } from '../environment.js';

export const nerCommand: Command = {
  name: 'ner',
  summary: 'tag named entities (PER, ORG, LOC, MISC) in a CoNLL token file',
  help: `usage: paraat ner FILE --input-format conll --lang nl|en [--format conll]

Reads one token per line (the first column; further columns are ignored; a blank line ends a
sentence; -DOCSTART- lines start a document and are passed through; "-" reads stdin) and writes
"token<TAB>IOB2-tag" lines to stdout, blank lines between sentences. Each sentence is read in
the light of the earlier sentences of its document.

options:
  --input-format conll   the only input format
  --format conll         the only output format
  --lang LANG            nl or en (required)
`,
  async run(argv) {
    const { values, positionals } = parseCommandArgs(argv, {
      'input-format': { type: 'string', default: 'conll' },
      format: { type: 'string', default: 'conll' },
      lang: { type: 'string' },
    });
    if (positionals.length !== 1) throw new UsageError('expected one input FILE');
    if (values['input-format'] !== 'conll') throw new UsageError('--input-format must be conll');
    if (values.format !== 'conll') throw new UsageError('--format must be conll');
    if (!values.lang) throw new UsageError('--lang is required (nl or en)');
    if (!modelsPresent(values.lang, modelsDir())) throw new UsageError(`no models for language "${values.lang}"`);
    const ner = loadEntityTagger(values.lang, modelsDir());
    const out: string[] = [];
    let document: string[][] = [];
    let sentence: string[] = [];
    const endSentence = () => {
      if (sentence.length > 0) document.push(sentence);
      sentence = [];
    };
    const endDocument = () => {
      endSentence();
      tagEntityDocument(ner, document).forEach((tags, s) => {
        document[s].forEach((token, i) => out.push(`${token}\t${tags[i]}`));
        out.push('');
      });
      document = [];
    };
    const text = readFileSync(positionals[0] === '-' ? 0 : positionals[0], 'utf8');
    for (const raw of text.split('\n')) {
      const line = raw.replace(/\r$/, '');
      if (line.trim() === '') {
        endSentence();
        continue;
      }
      const token = line.split(/[\t ]+/)[0];
      if (token === '-DOCSTART-') {
        endDocument();
        out.push(line, '');
        continue;
      }
      sentence.push(token);
    }
    endDocument();
    process.stdout.write(out.join('\n') + (out.length > 0 ? '\n' : ''));
    return 0;
  },
};
