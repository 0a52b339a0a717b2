import { describe, expect, it } from 'vitest';
import { extractHtml, htmlFragmentText, stripSiteName, urlDate } from '../../../src/ingest/html/index.js';
import { htmlItem } from '../../../src/ingest/index.js';

const paragraphs = [
  'The regional council voted on Tuesday to close the northern border crossing for three weeks after the floods.',
  'Officials said the decision followed two days of talks with the neighbouring province and the transport ministry.',
  'Traders who use the crossing every day said the closure would cost them a large part of their monthly income.',
  'A spokesman for the council said the crossing would reopen once engineers had inspected the damaged bridge.',
];

function page(head: string, options: { lang?: string; body?: string } = {}): string {
  return `<!doctype html><html${options.lang ? ` lang="${options.lang}"` : ''}><head>${head}</head><body>
    <nav><ul><li><a href="/">Front page</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
    <article>
      <h1>Council closes border crossing</h1>
      <figure><img src="a.jpg"><figcaption>The bridge after the floods. Photo: agency</figcaption></figure>
      ${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
      ${options.body ?? ''}
      <ul class="related"><li><a href="/a">Another story about the floods</a></li><li><a href="/b">More from the region</a></li></ul>
    </article>
    <footer><p>Copyright the publisher. All rights reserved.</p></footer>
  </body></html>`;
}

describe('HTML article extraction', () => {
  it('keeps the paragraphs of the article and drops navigation, captions, link lists and the footer', () => {
    const article = extractHtml(page('<title>Council closes border crossing | The Daily Post</title>'));
    expect(article.text).toBe(paragraphs.join('\n\n'));
  });

  it('reads title without the site name, date, author, language and canonical URL from the markup', () => {
    const head = `<title>Council closes border crossing | The Daily Post</title>
      <meta property="og:site_name" content="The Daily Post">
      <meta property="article:published_time" content="2023-10-17T23:30:00-05:00">
      <meta name="author" content="Jane Reporter">
      <link rel="canonical" href="/news/border-crossing">`;
    const article = extractHtml(page(head, { lang: 'en-GB' }), 'https://example.org/news/border-crossing?ref=feed');
    expect(article).toMatchObject({
      title: 'Council closes border crossing',
      date: '2023-10-17',
      author: 'Jane Reporter',
      lang: 'en',
      canonicalUrl: 'https://example.org/news/border-crossing',
      siteName: 'The Daily Post',
    });
  });

  it('takes headline, datePublished and author from JSON-LD', () => {
    const ld = { '@context': 'https://schema.org', '@graph': [{ '@type': 'NewsArticle', headline: 'Crossing shut', datePublished: '2023-10-16', author: [{ '@type': 'Person', name: 'A. Writer' }, { name: 'B. Writer' }] }] };
    const article = extractHtml(page(`<title>x</title><script type="application/ld+json">${JSON.stringify(ld)}</script><script type="application/ld+json">{broken</script>`));
    expect(article).toMatchObject({ title: 'Crossing shut', date: '2023-10-16', author: 'A. Writer, B. Writer' });
  });

  it('falls back to <time datetime> and then to a date in the URL, with its precision', () => {
    expect(extractHtml(page('<title>x</title>', { body: '<p><time datetime="2022-03-05T08:00">5 March</time></p>' })).date).toBe('2022-03-05');
    expect(extractHtml(page('<title>x</title>'), 'https://example.org/2021/07/story.html').date).toBe('2021-07');
    expect(extractHtml(page('<title>x</title>'), 'https://example.org/story.html').date).toBeNull();
  });

  it('identifies the language from the text when the page does not say', () => {
    const item = htmlItem(extractHtml(page('<title>x</title>')), 'page.html', null);
    expect(item.article?.lang).toBe('en');
    expect(item.problems).toEqual([{ file: 'page.html', severity: 'warning', message: 'no published date found; events will carry no date' }]);
  });

  it('refuses a page without an article', () => {
    expect(() => extractHtml('<html><body><nav><a href="/">Home</a></nav></body></html>')).toThrow('no article text found in the page');
  });
});

describe('title and URL helpers', () => {
  it('strips a site name named by og:site_name or by the host, before or after the title', () => {
    expect(stripSiteName('Storm hits coast | Daily Post', null, null)).toBe('Storm hits coast');
    expect(stripSiteName('Storm hits coast - Daily Post', 'Daily Post', null)).toBe('Storm hits coast');
    expect(stripSiteName('BBC News - Storm hits coast', null, 'www.bbc.co.uk')).toBe('Storm hits coast');
    expect(stripSiteName('Storm - what happens next', 'Daily Post', 'dailypost.example')).toBe('Storm - what happens next');
  });

  it('reads a day or a month from the URL path', () => {
    expect(urlDate('https://example.org/news/2019/11/20/storm')).toBe('2019-11-20');
    expect(urlDate('https://example.org/2019/11/storm')).toBe('2019-11');
    expect(urlDate('https://example.org/2019/13/storm')).toBeNull();
  });

  it('turns an HTML fragment into paragraphs', () => {
    expect(htmlFragmentText('<p>One <b>two</b></p><p>three<br>four</p>')).toBe('One two\n\nthree\n\nfour');
  });
});
