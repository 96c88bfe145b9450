// Expands a JSON-LD document (stdin) with the jsonld processor, offline: the document loader serves
// only the hub's context, from the file given, for the context URL given; any other URL fails.
//   node expand-jsonld.mjs <context-url> <context-file>
import { readFile } from 'node:fs/promises';
import jsonld from 'jsonld';

const [contextUrl, contextFile] = process.argv.slice(2);
const context = JSON.parse(await readFile(contextFile, 'utf8'));
const documentLoader = async (url) => {
  if (url !== contextUrl) throw new Error(`offline: refusing to load ${url}`);
  return { contextUrl: null, documentUrl: url, document: context };
};

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const expanded = await jsonld.expand(JSON.parse(Buffer.concat(chunks).toString('utf8')), { documentLoader, safe: true });
process.stdout.write(JSON.stringify(expanded));
