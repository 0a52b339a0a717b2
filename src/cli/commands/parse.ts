import { readFileSync } from 'node:fs';
import { parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { UsageError } from '../command.js';
import { formatConllu, parseConllu } from '../../nlp/conll/conllu.js';
import { loadSyntax, modelsPresent } from '../../nlp/models.js';
import { modelsDir } from '../environment.js';

export const parseCommand: Command = {
  name: 'parse',
  summary: 'tag, lemmatise and dependency-parse a CoNLL-U file',
  help: `usage: paraat parse FILE --input-format conllu [--format conllu] [--lang nl|en]

Keeps the tokenisation of FILE (CoNLL-U; "-" reads stdin) and writes it to stdout with predicted
UPOS, LEMMA, FEATS, HEAD and DEPREL. XPOS and MISC are passed through; DEPS is cleared, as the
input's enhanced graph would contradict the predicted tree. The language is taken from --lang,
else guessed from the file name (nl_*, en_*), else nl.

options:
  --input-format conllu   the only input format
  --format conllu         the only output format
  --lang LANG             nl or en
`,
  async run(argv) {
    const { values, positionals } = parseCommandArgs(argv, {
      'input-format': { type: 'string', default: 'conllu' },
      format: { type: 'string', default: 'conllu' },
      lang: { type: 'string' },
    });
    if (positionals.length !== 1) throw new UsageError('expected one input FILE');
    if (values['input-format'] !== 'conllu') throw new UsageError('--input-format must be conllu');
    if (values.format !== 'conllu') throw new UsageError('--format must be conllu');
    const file = positionals[0];
    const lang = values.lang ?? (/(^|\/)en_/.test(file) ? 'en' : 'nl');
    if (!modelsPresent(lang, modelsDir())) throw new UsageError(`no models for language "${lang}"`);
    const pipeline = loadSyntax(lang, modelsDir());
    const sentences = parseConllu(readFileSync(file === '-' ? 0 : file, 'utf8'));
    for (const sentence of sentences) {
      const result = pipeline.analyse(sentence.words.map((w) => w.form));
      sentence.words.forEach((word, i) => {
        word.upos = result.upos[i];
        word.lemma = result.lemmas[i];
        word.feats = result.feats[i];
        word.head = result.heads[i] + 1;
        word.deprel = result.deprels[i];
        word.deps = '_';
      });
    }
    process.stdout.write(formatConllu(sentences));
    return 0;
  },
};
