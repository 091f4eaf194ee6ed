// The content JSON Schema (docs/content.schema.json) describes the real files: the built-in
// English and Spanish content and the documented example override all validate, and the
// mistakes a clinic could make are caught by it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';

const read = (p) => JSON.parse(readFileSync(p, 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
const validate = ajv.compile(read('docs/content.schema.json'));

test('the built-in content files and the example override satisfy the schema', () => {
  for (const file of ['src/content/en.json', 'src/content/es.json', 'docs/content-override.example.json']) {
    assert.ok(validate(read(file)), `${file}: ${ajv.errorsText(validate.errors)}`);
  }
});

test('the schema refuses unknown fields, unsafe links, bad ids and wrong types', () => {
  const cases = [
    [{ ui: { tab_label: 'x' } }, /must NOT have additional properties/],
    [{ sources: [{ id: 'x', url: 'javascript:alert(1)' }] }, /must match pattern/],
    [{ aftercare: { steps: [{ id: 'Our Step!' }] } }, /must match pattern/],
    [{ sections: [{ id: 'about', blocks: [{ type: 'html', text: '<b>x</b>' }] }] }, /must match exactly one schema/],
    [{ title: 3 }, /must be string/],
  ];
  for (const [doc, message] of cases) {
    assert.equal(validate(doc), false, JSON.stringify(doc));
    assert.match(ajv.errorsText(validate.errors), message);
  }
});
