// Plain text of an HTML fragment: block elements become line breaks (so words in adjacent
// paragraphs or list items are not glued together), and what is not the article's running text
// (captions, navigation, forms, link lists) is removed first.

const BLOCK_ELEMENTS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE',
  'TD', 'TH', 'TR', 'UL',
]);

const NOT_RUNNING_TEXT = 'figure, figcaption, nav, aside, footer, form, button, script, style, noscript, template';

/** A list, or a short block, whose text is mostly link text is a menu or a list of other articles. */
const LINK_DENSITY = 0.6;
const SHORT_BLOCK = 200;

function visibleLength(text: string | null): number {
  return (text ?? '').replace(/\s+/g, ' ').trim().length;
}

function removeBoilerplate(root: Element): void {
  for (const element of [...root.querySelectorAll(NOT_RUNNING_TEXT)]) element.remove();
  for (const element of [...root.querySelectorAll('ul, ol, p, div')]) {
    const length = visibleLength(element.textContent);
    if (length === 0) continue;
    let linked = 0;
    for (const link of element.querySelectorAll('a')) linked += visibleLength(link.textContent);
    const list = element.tagName === 'UL' || element.tagName === 'OL';
    if (linked / length > LINK_DENSITY && (list || length < SHORT_BLOCK)) element.remove();
  }
}

/** Elements whose content is never text a reader sees. */
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

function collect(node: Node, out: string[]): void {
  for (const child of node.childNodes) {
    if (child.nodeType === 3) out.push(child.textContent ?? '');
    else if (child.nodeType === 1 && !NOT_TEXT.has((child as Element).tagName)) {
      const block = BLOCK_ELEMENTS.has((child as Element).tagName);
      if (block) out.push('\n');
      collect(child, out);
      if (block) out.push('\n');
    }
  }
}

/** Paragraphs separated by a blank line, spaces inside each collapsed. */
export function blockText(root: Node): string {
  const out: string[] = [];
  collect(root, out);
  return out
    .join('')
    .split(/\n+/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

/** The running text of an element (modified in place: boilerplate is removed). */
export function runningText(root: Element): string {
  removeBoilerplate(root);
  return blockText(root);
}
