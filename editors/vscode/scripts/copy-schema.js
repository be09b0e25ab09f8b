// The extension ships the fact-file schema that the generator writes (facts/factsgen.schema.json),
// copied at build time so that the repository keeps one copy of it.
const fs = require('fs');
const path = require('path');

const source = path.join(__dirname, '..', '..', '..', 'facts', 'factsgen.schema.json');
const target = path.join(__dirname, '..', 'schemas', 'factsgen.schema.json');
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.copyFileSync(source, target);
