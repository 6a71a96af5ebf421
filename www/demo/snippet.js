// The snippet builder (snippet.html): a partner's choices -> a live preview and the embed snippet
// of this version (dist/<version>/ and its integrity value), for the checker or the team planner,
// with fallback content for visitors without JavaScript and the Content-Security-Policy the page
// needs. The page's own script; the elements know nothing of it. No HTML string is built: the
// snippet is text in a textarea.

const $ = (id) => document.getElementById(id);
// The folder this build wrote (dist/release.json, scripts/release.mjs): the version's if it is a
// release, else dev/ (a development build: its snippet is for trying, never for pinning).
const { folder, version } = await (await fetch('release.json')).json();
const pinned = await (await fetch(`${folder}/integrity.json`)).json();

/**
 * The fallback link inside the element, shown only where the element never runs (no JavaScript,
 * a blocked script): the element's shadow root has no slot, so once defined it hides it. The
 * address is the Centre's own site, as content/guide-2025/links.toml has it; the Centre's name in
 * each language is the widget's own (texts/<lang>/widget.ftl `where-centre`, before the city).
 */
const CENTRE = 'https://expatcentre.aifc.kz';
const CENTRE_NAME = { en: 'AIFC Expat Centre', ru: 'Экспат-центр МФЦА', kk: 'АХҚО Экспат орталығы' };

/** An attribute value as HTML writes it between double quotes. */
const quoted = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The strict policy of README (Embed the widget), with the files' origin where they are served from
 * another: `script-src` for the entry, `connect-src` for the wasm and texts it fetches.
 */
function policyFor(origin) {
  const other = origin === location.origin ? '' : ` ${origin}`;
  return [
    "default-src 'self'",
    `script-src 'self'${other} 'wasm-unsafe-eval'`,
    ...(other ? [`connect-src 'self'${other}`] : []),
    "style-src 'self'",
    "require-trusted-types-for 'script'",
  ].join('; ');
}

function update() {
  const base = new URL($('base').value || './', location.href);
  const tag = $('element').value;
  const planner = tag === 'aifc-team-planner';
  const lang = $('lang').value;
  const answers = planner ? '' : $('answers').value.trim(); // the planner has no prefilled answers
  const accent = $('accent').value;
  const radius = Math.max(0, Math.min(24, Number.parseInt($('radius').value, 10) || 0));
  const entry = new URL(`${folder}/${tag}.js`, base);
  const attributes = [`lang="${quoted(lang)}"`, answers ? `answers="${quoted(answers)}"` : ''].filter(Boolean).join(' ');
  $('answers-field').hidden = planner;
  $('html').value =
    `<script type="module" src="${quoted(entry.href)}"\n        integrity="${pinned.files[`${tag}.js`]}" crossorigin="anonymous"></script>\n` +
    `<!-- ${tag} ${folder === version ? version : `development build after ${version}: do not pin`}, guide ${pinned.guideEdition} -->\n` +
    `<${tag} ${attributes}>\n  <a href="${CENTRE}">${CENTRE_NAME[lang]}</a>\n</${tag}>`;
  $('css').value = `${tag} {\n  --aifc-accent: ${accent};\n  --aifc-radius: ${radius}px;\n}`;
  $('csp').value = `Content-Security-Policy: ${policyFor(entry.origin)}`;
  const preview = $(planner ? 'preview-team' : 'preview');
  $('preview').hidden = planner;
  $('preview-team').hidden = !planner;
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
