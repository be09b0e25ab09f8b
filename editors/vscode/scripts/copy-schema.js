// The extension ships the fact-file schema of the built-in kinds, as the NuGet package does
// (generator/FactsGen.Generator/build/factsgen.schema.json; a fact base with declared kinds writes its own),
// copied at build time so that the repository keeps one copy of it.
const fs = require('fs');
const path = require('path');

const source = path.join(__dirname, '..', '..', '..', 'generator', 'FactsGen.Generator', 'build', 'factsgen.schema.json');
const target = path.join(__dirname, '..', 'schemas', 'factsgen.schema.json');
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.copyFileSync(source, target);
