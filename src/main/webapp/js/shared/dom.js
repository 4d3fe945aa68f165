/**
 * Small DOM helpers. Text is always set with textContent: nothing a player typed ever becomes markup.
 */

/**
 * Creates an element. props: class, text, style (an object, set through the CSSOM so the page's
 * Content-Security-Policy allows it), on<event> handlers; anything else becomes an attribute.
 */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key === 'style') Object.assign(node.style, value);
    else if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

/** Creates an SVG element with attributes. */
export function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === 'text') node.textContent = value;
    else node.setAttribute(key, String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces every child of node with children. */
export function replaceChildren(node, ...children) {
  node.replaceChildren();
  append(node, children);
}

const ENTITIES = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'", '&apos;': "'" };

/**
 * Chat content arrives HTML-escaped (PROTOCOL.md); this turns it back into the text the player typed,
 * to be shown with textContent. One pass, so "&amp;lt;" stays the literal text "&lt;".
 */
export function decodeEntities(text) {
  return String(text ?? '').replace(/&(?:amp|lt|gt|quot|#39|#x27|apos);/g, (entity) => ENTITIES[entity]);
}

/** "14:05" for an epoch-millisecond time. */
export function clockTime(millis) {
  return new Date(millis).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}

/** Shows or hides an element (the hidden attribute). */
export function show(node, visible) {
  node.hidden = !visible;
}
