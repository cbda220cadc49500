// Feed parsing (RSS 2.0, Atom) and the address classes the guard refuses.
import { describe, expect, it } from 'vitest';
import { addressChecker } from '../../../server/fetch/address-guard.js';
import { parseFeedText } from '../../../server/fetch/parse-feed.js';
import { sniffEncoding } from '../../../server/fetch/decode-body.js';

const RSS = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
<title>Plant watch</title><link>https://news.example/</link><description>Test feed</description>
<item><title>Cell line opens</title><link>/articles/cell-line</link><guid isPermaLink="false">item-1</guid>
<pubDate>Tue, 03 Mar 2026 09:30:00 GMT</pubDate><dc:creator>Ada Writer</dc:creator>
<description>&lt;p&gt;A short summary.&lt;/p&gt;</description></item>
<item><title>No guid here</title><link>https://news.example/articles/two</link></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom plant watch</title>
<link href="https://atom.example/"/><id>urn:feed:1</id><updated>2026-03-04T10:00:00Z</updated>
<author><name>Desk Editor</name></author>
<entry><title>Second site chosen</title><link href="https://atom.example/a/2"/><id>urn:entry:2</id>
<published>2026-03-04T08:00:00Z</published><updated>2026-03-04T09:00:00Z</updated>
<author><name>Bo Reporter</name></author><summary>Short.</summary></entry>
<entry><title>First site</title><link href="https://atom.example/a/1"/><id>urn:entry:1</id>
<updated>2026-03-01T08:00:00Z</updated></entry>
</feed>`;

describe('parseFeedText', () => {
  it('reads RSS 2.0 items with guid, absolute link, date and dc:creator', () => {
    const f = parseFeedText(RSS, 'https://news.example/feed.xml');
    expect(f.title).toBe('Plant watch');
    expect(f.entries).toHaveLength(2);
    expect(f.entries[0]).toMatchObject({
      key: 'item-1',
      url: 'https://news.example/articles/cell-line',
      title: 'Cell line opens',
      publishedAt: '2026-03-03T09:30:00.000Z',
      author: 'Ada Writer',
    });
    expect(f.entries[1]?.key).toBe('https://news.example/articles/two');
  });

  it('reads Atom entries with published (else updated) dates and the feed author as fallback', () => {
    const f = parseFeedText(ATOM, 'https://atom.example/feed');
    expect(f.entries.map((e) => [e.key, e.publishedAt, e.author])).toEqual([
      ['urn:entry:2', '2026-03-04T08:00:00.000Z', 'Bo Reporter'],
      ['urn:entry:1', '2026-03-01T08:00:00.000Z', 'Desk Editor'],
    ]);
  });

  it('refuses a page that is not a feed with NOT_A_FEED', () => {
    expect(() => parseFeedText('<html><body>hello</body></html>', 'https://x.example/')).toThrow(
      expect.objectContaining({ code: 'NOT_A_FEED' }),
    );
  });
});

describe('addressChecker', () => {
  const closed = addressChecker({ allowPrivate: false, allowAddresses: ['10.9.0.0/16', '::1'] });

  it('names the class of refused addresses and lets public ones through', () => {
    expect(closed('127.0.0.1')).toBe('loopback');
    expect(closed('10.1.2.3')).toBe('private');
    expect(closed('172.16.5.4')).toBe('private');
    expect(closed('169.254.169.254')).toBe('linkLocal');
    expect(closed('fe80::1')).toBe('linkLocal');
    expect(closed('fd00::5')).toBe('uniqueLocal');
    expect(closed('::ffff:192.168.1.1')).toBe('private');
    expect(closed('0.0.0.0')).toBe('unspecified');
    expect(closed('93.184.215.14')).toBeNull();
    expect(closed('2606:4700::1111')).toBeNull();
  });

  it('allows listed addresses and ranges, and everything with allowPrivate', () => {
    expect(closed('10.9.44.1')).toBeNull();
    expect(closed('::1')).toBeNull();
    expect(addressChecker({ allowPrivate: true, allowAddresses: [] })('10.0.0.1')).toBeNull();
  });
});

describe('sniffEncoding', () => {
  it('prefers a BOM, then the header, then <meta>, then valid UTF-8', () => {
    const meta = Buffer.from('<meta charset="iso-8859-15"><p>x</p>');
    expect(sniffEncoding(meta, null)).toBe('iso-8859-15');
    expect(sniffEncoding(meta, 'windows-1252')).toBe('windows-1252');
    expect(sniffEncoding(Buffer.from('\ufeff<p>é</p>'), 'windows-1252')).toBe('utf-8');
    expect(sniffEncoding(Buffer.from('<p>é</p>'), null)).toBe('utf-8');
  });
});
