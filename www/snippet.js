// The snippet builder (snippet.html): a partner's choices -> a live preview and the embed snippet
// of this version (dist/<version>/ and its integrity value). The page's own script; the widget
// knows nothing of it. No HTML string is built: the snippet is text in a textarea.

const $ = (id) => document.getElementById(id);
// The folder this build wrote (dist/release.json, scripts/release.mjs): the version's if it is a
// release, else dev/ (a development build: its snippet is for trying, never for pinning).
const { folder, version } = await (await fetch('release.json')).json();
const pinned = await (await fetch(`${folder}/integrity.json`)).json();

/** An attribute value as HTML writes it between double quotes. */
const quoted = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function update() {
  const base = new URL($('base').value || './', location.href);
  const lang = $('lang').value;
  const answers = $('answers').value.trim();
  const accent = $('accent').value;
  const radius = Math.max(0, Math.min(24, Number.parseInt($('radius').value, 10) || 0));
  const entry = new URL(`${folder}/aifc-eligibility.js`, base);
  const attributes = [`lang="${quoted(lang)}"`, answers ? `answers="${quoted(answers)}"` : ''].filter(Boolean).join(' ');
  $('html').value = `<script type="module" src="${quoted(entry.href)}"\n        integrity="${pinned.files['aifc-eligibility.js']}" crossorigin="anonymous"></script>\n`
    + `<!-- aifc-eligibility ${folder === version ? version : `development build after ${version}: do not pin`}, guide ${pinned.guideEdition} -->\n<aifc-eligibility ${attributes}></aifc-eligibility>`;
  $('css').value = `aifc-eligibility {\n  --aifc-accent: ${accent};\n  --aifc-radius: ${radius}px;\n}`;
  const preview = $('preview');
  preview.style.setProperty('--aifc-accent', accent); // CSSOM: no inline style attribute is written
  preview.style.setProperty('--aifc-radius', `${radius}px`);
  preview.setAttribute('lang', lang);
  if (answers) preview.setAttribute('answers', answers);
  else preview.removeAttribute('answers');
}

$('base').value = new URL('./', location.href).href;
$('options').addEventListener('input', update);
$('copy').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText($('html').value);
    $('copied').textContent = 'Copied.';
  } catch {
    $('html').select();
    $('copied').textContent = 'Select the text and copy it.';
  }
});
update();
