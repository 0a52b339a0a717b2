// Punctuation attachment under current UD guidelines (the rule of Udapi's ud.FixPunct): paired
// marks (brackets, quotes) hang from the head of what they enclose; any other mark from the lower
// of two candidates, found by climbing from its nearest left and right neighbours for as long as
// the subtree stays on that side of the mark. Older treebanks hung most marks from the root.
import type { ConlluWord } from '../conll/conllu.js';

const PAIRED: Record<string, string> = { '(': ')', '[': ']', '{': '}', '«': '»', '“': '”', '„': '”', '‘': '’', '"': '"', "'": "'", ',,': "''" };
const FINAL = new Set(['.', '?', '!', '...', '…']);

/** Re-attaches every word with relation `punct` in place (heads are 1-based ids, 0 = root). */
export function reattachPunctuation(words: ConlluWord[]): void {
  const n = words.length;
  const isPunct = (id: number) => words[id - 1].deprel === 'punct';
  // Marks are leaves: any dependents move up to the mark's own head.
  for (const w of words) {
    for (let steps = 0; w.head > 0 && isPunct(w.head) && steps < n; steps++) w.head = words[w.head - 1].head;
  }
  // Span of each word's subtree over the words that are not marks.
  const first = new Int32Array(n + 1);
  const last = new Int32Array(n + 1);
  for (let id = 1; id <= n; id++) {
    first[id] = id;
    last[id] = id;
  }
  for (let id = 1; id <= n; id++) {
    if (isPunct(id)) continue;
    for (let a = words[id - 1].head, steps = 0; a > 0 && steps < n; a = words[a - 1].head, steps++) {
      if (id < first[a]) first[a] = id;
      if (id > last[a]) last[a] = id;
    }
  }
  const isAncestor = (a: number, d: number) => {
    for (let x = words[d - 1].head, steps = 0; x > 0 && steps < n; x = words[x - 1].head, steps++) if (x === a) return true;
    return false;
  };
  const paired = new Set<number>();
  for (let open = 1; open <= n; open++) {
    const closing = PAIRED[words[open - 1].form];
    if (!closing || !isPunct(open) || paired.has(open)) continue;
    let close = open + 1;
    while (close <= n && !(words[close - 1].form === closing && isPunct(close))) close++;
    if (close > n) continue;
    const heads = [];
    for (let id = open + 1; id < close; id++) {
      const head = words[id - 1].head;
      if (!isPunct(id) && (head < open || head > close)) heads.push(id);
    }
    if (heads.length !== 1) continue;
    words[open - 1].head = heads[0];
    words[close - 1].head = heads[0];
    paired.add(open).add(close);
  }
  for (let id = 1; id <= n; id++) {
    if (!isPunct(id) || paired.has(id)) continue;
    let left = id - 1;
    while (left > 0 && isPunct(left)) left--;
    let right = FINAL.has(words[id - 1].form) ? n + 1 : id + 1;
    while (right <= n && isPunct(right)) right++;
    if (left > 0) {
      for (let h = words[left - 1].head; h > 0 && h < id && last[left] < id; h = words[left - 1].head) left = h;
    }
    if (right <= n) {
      for (let h = words[right - 1].head; h > id && first[right] > id; h = words[right - 1].head) right = h;
    }
    const hasLeft = left > 0;
    const hasRight = right <= n;
    if (!hasLeft && !hasRight) continue;
    // The lower candidate: the one that descends from the other.
    words[id - 1].head = !hasRight ? left : !hasLeft ? right : isAncestor(left, right) ? right : left;
  }
}
