import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SafeMarkdown, sameSiteUrl } from '@/app/components/markdown/SafeMarkdown';

function render(text: string): string {
  return renderToStaticMarkup(
    createElement(SafeMarkdown, {
      text,
      renderCitation: (n: number) => (n <= 2 ? createElement('button', { 'data-n': n }, String(n)) : undefined),
    }),
  );
}

describe('SafeMarkdown', () => {
  it('shows raw HTML and scripts as text, never as elements', () => {
    const html = render('<img src=x onerror=alert(1)><script>alert(1)</script> <b>x</b>');
    expect(html).not.toMatch(/<img|<script|<b>/i);
    expect(html).toContain('&lt;script&gt;');
  });

  it('drops external and javascript: links but keeps their text', () => {
    const html = render('[evil](javascript:alert(1)) [ext](https://evil.test) [in](/documents/x) www.evil.test');
    expect(html).not.toContain('javascript:');
    expect(html).not.toContain('https://evil.test');
    expect(html).toContain('href="/documents/x"');
    expect(html).not.toContain('href="http://www.evil.test"');
    expect(html).toContain('evil');
  });

  it('never renders images, only their alt text', () => {
    const html = render('![tracker](https://evil.test/x.png)');
    expect(html).not.toContain('<img');
    expect(html).toContain('[tracker]');
  });

  it('keeps a marker run and the punctuation after it in one span that does not wrap', () => {
    const html = render('Iron carries oxygen [1][2]. Folate too [1], and more.');
    expect(html).toMatch(/<span class="cite-run"><button data-n="1">1<\/button><button data-n="2">2<\/button>\.<\/span>/);
    expect(html).toMatch(/<span class="cite-run"><button data-n="1">1<\/button>,<\/span> and more\./);
    expect(html).toContain('Iron carries oxygen <span');
  });

  it('leaves text without markers untouched and keeps text between markers apart', () => {
    expect(render('No markers here.')).toBe('<div class="answer-md"><p>No markers here.</p></div>');
    const html = render('A [1] then B [2]');
    expect(html.match(/class="cite-run"/g)).toHaveLength(2);
    expect(html).toContain('</span> then B <span');
  });

  it('turns known [n] markers into citation elements and keeps unknown ones as text', () => {
    const html = render('Iron [1][2], B12 [3]. `code [1]`');
    expect(html.match(/data-n="/g)).toHaveLength(2);
    expect(html).toContain('[3]');
    expect(html).toContain('<code>code [1]</code>');
  });

  it('renders GFM lists, bold and tables', () => {
    const html = render('- **a**\n- b\n\n| h |\n|---|\n| c [1] |');
    expect(html).toContain('<ul>');
    expect(html).toContain('<strong>a</strong>');
    expect(html).toContain('<table>');
    expect(html).toContain('data-n="1"');
  });

  it('allows only same-site link targets', () => {
    expect(sameSiteUrl('//evil.test', 'href', { type: 'element', tagName: 'a', properties: {}, children: [] })).toBeUndefined();
    expect(sameSiteUrl('#x', 'href', { type: 'element', tagName: 'a', properties: {}, children: [] })).toBe('#x');
  });
});
