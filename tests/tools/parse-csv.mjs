// Reads CSV on stdin with a strict RFC 4180 reader (csv-parse) and prints the rows as JSON objects
// keyed by the header row. Any malformed quoting or ragged row fails the parse.
import { parse } from 'csv-parse/sync';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const rows = parse(Buffer.concat(chunks).toString('utf8'), {
  columns: true,
  record_delimiter: '\r\n',
  relax_quotes: false,
  relax_column_count: false,
  skip_empty_lines: false,
});
process.stdout.write(JSON.stringify(rows));
