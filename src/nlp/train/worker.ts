// Worker-thread entry: trains one language so `paraat train` uses both cores.
import { parentPort, workerData } from 'node:worker_threads';
import { trainLanguage, trainLanguageNer } from './train.js';

const { lang, dataDir, kbDir, outDir, component } = workerData as {
  lang: 'nl' | 'en';
  dataDir: string;
  kbDir: string;
  outDir: string;
  component: 'all' | 'ner';
};
const log = (message: string) => parentPort?.postMessage({ log: message });
const result = component === 'ner' ? trainLanguageNer(lang, dataDir, kbDir, outDir, log) : trainLanguage(lang, dataDir, kbDir, outDir, log);
parentPort?.postMessage({ done: result });
