// Minimal search page. Every piece of server text is set with textContent: submitted text can never run as script.
const form = document.getElementById('search-form');
const input = document.getElementById('q');
const summary = document.getElementById('summary');
const list = document.getElementById('results');

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

// The API returns a plain-text snippet and [start, length] ranges of the matched words.
function snippet(text, highlights) {
  const p = el('p', 'snippet');
  let at = 0;
  for (const [start, length] of highlights) {
    p.append(text.slice(at, start), el('mark', '', text.slice(start, start + length)));
    at = start + length;
  }
  p.append(text.slice(at));
  return p;
}

function card(hit) {
  const li = el('li', 'result');
  const h2 = el('h2');
  const a = el('a', '', hit.title);
  a.href = hit.url;
  a.rel = 'noopener noreferrer';
  h2.append(a);
  const meta = [hit.organization, hit.languages.join(', ')];
  if (hit.ageMin !== undefined) meta.push(`ages ${hit.ageMin}–${hit.ageMax}`);
  li.append(h2, el('p', 'meta', meta.join(' · ')), snippet(hit.snippet, hit.highlights));
  return li;
}

async function search(q) {
  summary.textContent = 'Searching…';
  const response = await fetch(`/api/search?${new URLSearchParams({ q, pageSize: '20' })}`);
  if (!response.ok) {
    summary.textContent = 'The search failed. Please try again.';
    return;
  }
  const body = await response.json();
  summary.textContent = `${body.total} resource(s)`;
  list.replaceChildren(...body.results.map(card));
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const q = input.value.trim();
  history.pushState(null, '', q ? `?q=${encodeURIComponent(q)}` : '/');
  search(q);
});

const initial = new URLSearchParams(location.search).get('q') ?? '';
input.value = initial;
search(initial);
