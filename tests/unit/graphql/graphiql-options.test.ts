// GraphiQL options from the request: the Variables pane gets the URL's variables, safely embedded.
import { describe, expect, it } from 'vitest';
import { graphiqlOptions, graphiqlVariables } from '../../../server/graphql/graphiql-options.js';

describe('graphiqlVariables', () => {
  it('pretty-prints a JSON object', () => {
    expect(graphiqlVariables('{"ids":["company:catl"],"depth":2}')).toBe(
      '{\n  "ids": [\n    "company:catl"\n  ],\n  "depth": 2\n}',
    );
  });
  it('ignores absent, empty, non-JSON and non-object values', () => {
    for (const raw of [null, '', '  ', '{oops', '[1,2]', '"text"', '3', 'null'])
      expect(graphiqlVariables(raw)).toBeNull();
  });
  it('escapes characters that could close the page script, keeping the same JSON value', () => {
    const raw = JSON.stringify({ text: '</script><script>alert(1)</script>&\u2028' });
    const out = graphiqlVariables(raw) ?? '';
    expect(out).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(out)).toEqual(JSON.parse(raw));
  });
});

describe('graphiqlOptions', () => {
  it('adds the variables of the address to the default options', () => {
    const vars = encodeURIComponent('{"ids":["x"]}');
    const opts = graphiqlOptions(new Request(`http://h/graphql?query=q&variables=${vars}`));
    expect(opts.variables).toBe('{\n  "ids": [\n    "x"\n  ]\n}');
    expect(opts.defaultQuery).toContain('query Search');
  });
  it('leaves the variables out when the address has none', () => {
    expect(graphiqlOptions(new Request('http://h/graphql'))).not.toHaveProperty('variables');
  });
});
