// Punctuation attachment under current UD guidelines (the rule of Udapi's ud.FixPunct): paired
// marks (brackets, quotes) hang from the head of what they enclose; any other mark from the lower
// of two candidates, found by climbing from its nearest left and right neighbours for as long as
// the subtree stays on that side of the mark. From the rest of the gold tree it reproduces 99% of
// the punctuation heads of the Dutch dev files; harmonise.ts applies it to older treebanks, which
// hung most marks from the root. The parser's marks are re-hung by it too: on held-out documents
// that beat the parser's own choice (UAS +0.5 Dutch, +0.1 English, scripts/parser-dev.ts).

const PAIRED: Record<string, string> = { '(': ')', '[': ']', '{': '}', '«': '»', '“': '”', '„': '”', '‘': '’', '"': '"', "'": "'", ',,': "''" };
const FINAL = new Set(['.', '?', '!', '...', '…']);

/**
 * Re-attaches the marks in place. Words are 1..n: `forms[i - 1]`, `heads[i]` (0 = root),
 * `isPunct[i]` (index 0 unused in both arrays).
 */
export function attachPunctuation(forms: readonly string[], heads: Int32Array, isPunct: Uint8Array): void {
  const n = forms.length;
  // Marks are leaves: any dependents move up to the mark's own head.
  for (let id = 1; id <= n; id++) {
    for (let steps = 0; heads[id] > 0 && isPunct[heads[id]] && steps < n; steps++) heads[id] = heads[heads[id]];
  }
  // Span of each word's subtree over the words that are not marks.
  const first = new Int32Array(n + 1);
  const last = new Int32Array(n + 1);
  for (let id = 1; id <= n; id++) {
    first[id] = id;
    last[id] = id;
  }
  for (let id = 1; id <= n; id++) {
    if (isPunct[id]) continue;
    for (let a = heads[id], steps = 0; a > 0 && steps < n; a = heads[a], steps++) {
      if (id < first[a]) first[a] = id;
      if (id > last[a]) last[a] = id;
    }
  }
  const isAncestor = (a: number, d: number) => {
    for (let x = heads[d], steps = 0; x > 0 && steps < n; x = heads[x], steps++) if (x === a) return true;
    return false;
  };
  const paired = new Uint8Array(n + 1);
  for (let open = 1; open <= n; open++) {
    const closing = PAIRED[forms[open - 1]];
    if (!closing || !isPunct[open] || paired[open]) continue;
    let close = open + 1;
    while (close <= n && !(forms[close - 1] === closing && isPunct[close])) close++;
    if (close > n) continue;
    let enclosedHead = -1;
    let enclosedHeads = 0;
    for (let id = open + 1; id < close; id++) {
      if (!isPunct[id] && (heads[id] < open || heads[id] > close)) {
        enclosedHead = id;
        enclosedHeads++;
      }
    }
    if (enclosedHeads !== 1) continue;
    heads[open] = enclosedHead;
    heads[close] = enclosedHead;
    paired[open] = 1;
    paired[close] = 1;
  }
  for (let id = 1; id <= n; id++) {
    if (!isPunct[id] || paired[id]) continue;
    let left = id - 1;
    while (left > 0 && isPunct[left]) left--;
    let right = FINAL.has(forms[id - 1]) ? n + 1 : id + 1;
    while (right <= n && isPunct[right]) right++;
    if (left > 0) {
      for (let h = heads[left]; h > 0 && h < id && last[left] < id; h = heads[left]) left = h;
    }
    if (right <= n) {
      for (let h = heads[right]; h > id && first[right] > id; h = heads[right]) right = h;
    }
    const hasLeft = left > 0;
    const hasRight = right <= n;
    if (!hasLeft && !hasRight) continue;
    // The lower candidate: the one that descends from the other.
    heads[id] = !hasRight ? left : !hasLeft ? right : isAncestor(left, right) ? right : left;
  }
}

/**
 * Re-hangs the marks of a parsed sentence by the rule (`isMark[i]` per token; heads 0-based, -1
 * for the root; changed in place). A sentence whose root the parser made a mark keeps its tree.
 */
export function reattachMarks(forms: readonly string[], heads: Int32Array, isMark: Uint8Array): void {
  const n = forms.length;
  let words = 0;
  for (let i = 0; i < n; i++) {
    if (!isMark[i]) words++;
    else if (heads[i] === -1) return;
  }
  if (words === 0 || words === n) return;
  const treeHeads = new Int32Array(n + 1);
  const marks = new Uint8Array(n + 1);
  for (let i = 0; i < n; i++) {
    treeHeads[i + 1] = heads[i] + 1;
    marks[i + 1] = isMark[i];
  }
  attachPunctuation(forms, treeHeads, marks);
  for (let i = 0; i < n; i++) heads[i] = treeHeads[i + 1] - 1;
}
