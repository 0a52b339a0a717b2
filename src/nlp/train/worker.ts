// Worker-thread entry: trains one language so `paraat train` uses both cores.
import { parentPort, workerData } from 'node:worker_threads';
import { trainLanguage } from './train.js';

const { lang, dataDir, kbDir, outDir } = workerData as { lang: 'nl' | 'en'; dataDir: string; kbDir: string; outDir: string };
const result = trainLanguage(lang, dataDir, kbDir, outDir, (message) => parentPort?.postMessage({ log: message }));
parentPort?.postMessage({ done: result });
