// Small DOM helpers. Text is only ever set with textContent: nothing from the API or a user is parsed as HTML.

/** Creates an element with optional class names, text and attributes. */
export function el(tag, options = {}, ...children) {
  const node = document.createElement(tag);
  if (options.className) node.className = options.className;
  if (options.text !== undefined && options.text !== null) node.textContent = String(options.text);
  for (const [name, value] of Object.entries(options.attrs ?? {})) {
    if (value !== undefined && value !== null && value !== false) node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child !== null && child !== undefined && child !== false) node.append(child);
  }
  return node;
}

/** replaceChildren that skips null, undefined and false (which replaceChildren would print as text). */
export function fill(node, ...children) {
  node.replaceChildren(...children.filter(c => c !== null && c !== undefined && c !== false));
  return node;
}

export function byId(id) {
  return document.getElementById(id);
}

/** Shows or hides an element with the hidden attribute (never inline styles: the CSP forbids them). */
export function show(node, visible) {
  node.hidden = !visible;
}

/** Only absolute http(s) links are followed; anything else (javascript:, data:) is refused. */
export function safeHttpUrl(value) {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** An id-safe token for a taxonomy value ("ocsea/grooming" → "ocsea-grooming"). */
export function idToken(value) {
  return String(value).replace(/[^A-Za-z0-9_-]/g, '-');
}

export function debounce(fn, ms) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}
