// Markdown input: front matter and headings give metadata, links and emphasis leave plain text.
import { describe, expect, it } from 'vitest';
import { extractArticle, toExtractJson } from '../../../server/ingest/extract/extract-article.js';
import { parseMarkdown } from '../../../server/ingest/extract/parse-markdown.js';
import { has } from './helpers.js';

const MD = `---
title: Hyundai and Kia expand in Europe
date: 2024-06-11
author: Sam Lee
---

# Hyundai and Kia expand in Europe

**Kia**, a [subsidiary of Hyundai](https://example.org/kia), will build the EV2 at its Žilina plant.
Song Ho-sung, chief executive of Kia, said the plant would start in 2026.
`;

describe('Markdown parsing', () => {
  it('reads front matter and strips markup', () => {
    const parsed = parseMarkdown(MD);
    expect(parsed.title).toBe('Hyundai and Kia expand in Europe');
    expect(parsed.lines.join('\n')).not.toMatch(/\*\*|\]\(|^#/m);
  });
  it('extracts metadata and relations from a Markdown file', () => {
    const delta = extractArticle({ text: MD, fileName: 'kia.md' });
    expect(delta.article.title).toBe('Hyundai and Kia expand in Europe');
    expect(delta.article.publishedAt).toBe('2024-06-11');
    const json = toExtractJson(delta);
    expect(has(json, 'SUBSIDIARY_OF', 'company:kia', 'company:hyundai')).toBe(true);
    expect(has(json, 'OPERATES', 'company:kia', 'plant:kia-zilina')).toBe(true);
  });
});
