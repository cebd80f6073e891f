import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Markdown } from '@/components/ui/markdown';

const render = (md: string) => renderToStaticMarkup(createElement(Markdown, null, md));

describe('project markdown', () => {
  it('renders headings, lists and links', () => {
    const html = render('## 问题\n\n- 一\n- 二\n\n[官网](https://example.cn)');
    expect(html).toContain('<h2>问题</h2>');
    expect(html).toContain('<li>一</li>');
    expect(html).toContain('href="https://example.cn"');
  });

  it('neutralises script tags, event handlers and javascript: links', () => {
    const html = render('<script>alert(1)</script>\n\n<img src=x onerror="alert(1)">\n\n[点我](javascript:alert(1))\n\n<a href="javascript:alert(2)">x</a>\n\n![img](javascript:alert(3))');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/onerror/i);
    expect(html).not.toMatch(/javascript:/i);
  });
});
