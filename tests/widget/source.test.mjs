// The rules the widget's source and pages keep, checked on the files themselves: no HTML strings
// (Trusted Types), no inline styles (CSP style-src 'self'), one module and one stylesheet, pages
// without inline scripts or styles, a same-origin favicon (allowed by the strict policy).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './helpers.mjs';

const WWW = path.join(ROOT, 'www');
const read = (file) => fs.readFileSync(path.join(WWW, file), 'utf8');
/** The source without its comments, so that a comment naming a sink does not count. */
const code = (text) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');

test('the widget builds its DOM without HTML strings or style writes', () => {
  const source = code(read('aifc-eligibility.js'));
  const forbidden = {
    innerHTML: /\.innerHTML\b/, outerHTML: /\.outerHTML\b/, insertAdjacentHTML: /insertAdjacentHTML/,
    'document.write': /document\.write/, 'eval / new Function': /\beval\(|new Function\(/,
    'element.style': /\.style\b(?!sheet)/, 'a style attribute': /['"]style['"]/, setHTMLUnsafe: /setHTMLUnsafe|parseHTMLUnsafe/,
    'DOMParser / createContextualFragment': /DOMParser|createContextualFragment/,
    'storage or cookies': /localStorage|sessionStorage|indexedDB|document\.cookie/,
  };
  for (const [name, pattern] of Object.entries(forbidden)) assert.doesNotMatch(source, pattern, `no ${name}`);
});

test('the widget is one module and at most one stylesheet, and loads the package beside itself', () => {
  const widgetFiles = fs.readdirSync(WWW).filter((f) => f.startsWith('aifc-eligibility'));
  assert.deepEqual(widgetFiles.toSorted(), ['aifc-eligibility.css', 'aifc-eligibility.js']);
  const source = read('aifc-eligibility.js');
  assert.match(source, /new URL\('\.\/pkg\/aifc_eligibility\.js', import\.meta\.url\)/);
  assert.match(source, /new URL\('\.\/aifc-eligibility\.css', import\.meta\.url\)/);
  assert.doesNotMatch(code(source), /^\s*import\s.*from\s/m, 'no static import: a failed load is reported, not fatal');
  assert.doesNotMatch(read('aifc-eligibility.css'), /@import|url\(\s*['"]?https?:/, 'no external resource in the stylesheet');
});

test('the pages have no inline script or style, no Referer, a favicon that leaks nothing, and load nothing from elsewhere', () => {
  for (const page of fs.readdirSync(WWW).filter((f) => f.endsWith('.html'))) {
    const html = read(page);
    // A favicon that makes no request (data:), or a same-origin one where a strict policy refuses data:.
    const strict = /http-equiv="Content-Security-Policy"/.test(html);
    const icon = strict ? /<link rel="icon" href="favicon\.svg" type="image\/svg\+xml">/ : /<link rel="icon" href="data:,">/;
    assert.match(html, icon, `${page}: favicon`);
    assert.match(html, /<meta name="referrer" content="no-referrer">/, `${page}: answers in the URL never leave in a Referer`);
    assert.doesNotMatch(html, /<style\b/, `${page}: no <style>`);
    assert.doesNotMatch(html, /\sstyle=/, `${page}: no style attribute`);
    assert.doesNotMatch(html, /\son[a-z]+=/i, `${page}: no inline handler`);
    for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      assert.match(attributes, /\ssrc="/, `${page}: scripts have a src`);
      assert.equal(body.trim(), '', `${page}: and no inline code`);
    }
    assert.doesNotMatch(html, /(src|href)="(https?:)?\/\//, `${page}: nothing from another origin`);
  }
});
