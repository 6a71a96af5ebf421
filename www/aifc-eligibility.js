// <aifc-eligibility>: the AIFC Expat Centre's eligibility checker as an embeddable element.
//
// Embed: <script type="module" src=".../aifc-eligibility.js"></script>
//        <aifc-eligibility lang="en"></aifc-eligibility>
// Documented in docs/WIDGET.md.
//
// Every question, option, service, fee, date and note comes from the wasm package, in the
// visitor's language. This module holds only the interface's own words (section 2) and the DOM.
// There is no HTML string anywhere (Trusted Types): the DOM is built with createElement,
// textContent and append, and styles come from the stylesheet beside this module.
//
// Sections
//   1. The package        loaded once for every instance on the page
//   2. Interface strings  en, ru, kk
//   3. Formatting         money, dates, countries (Intl, with a fallback where the browser lacks data)
//   4. DOM helpers
//   5. Answers            prefill, settling against the flow, the query string
//   6. The element        state, lifecycle, navigation, events
//   7. Question screen
//   8. Country picker     a filtered listbox (ARIA combobox)
//   9. Outcome screen
//  10. Office, summary, actions

// ---------------------------------------------------------------------------------------------
// 1. The package
// ---------------------------------------------------------------------------------------------

const PKG_URL = new URL('./pkg/aifc_eligibility.js', import.meta.url);
const WASM_URL = new URL('./pkg/aifc_eligibility_bg.wasm', import.meta.url);
const CSS_URL = new URL('./aifc-eligibility.css', import.meta.url);

/** The engine, shared by every instance: the wasm download starts now, beside the glue's. */
const engine = (async () => {
  const wasm = fetch(WASM_URL);
  wasm.catch(() => {}); // a failure surfaces through init below
  const pkg = await import(PKG_URL.href);
  // A Response promise: the glue instantiates it with WebAssembly.instantiateStreaming.
  await pkg.default({ module_or_path: wasm });
  return pkg;
})();
engine.catch(() => {}); // each instance reports a failure as an `error` event

// ---------------------------------------------------------------------------------------------
// 2. Interface strings
// ---------------------------------------------------------------------------------------------

const LANGS = ['en', 'ru', 'kk'];
const LANG_NAMES = { en: 'English', ru: 'Русский', kk: 'Қазақша' };
const LOCALES = { en: 'en-GB', ru: 'ru-RU', kk: 'kk-KZ' };

/** The widget's own words. `{name}` marks a value filled in at run time. */
const STRINGS = {
  en: {
    language: 'Language',
    loading: 'Loading…',
    loadFailed: 'The checker could not start. Please reload the page, or contact the Centre.',
    failed: 'Something went wrong. Please start again, or contact the Centre.',
    question: 'Question {n}',
    progress: 'Answered {answered} of up to {total} questions',
    continue: 'Continue',
    back: 'Back',
    startAgain: 'Start again',
    change: 'Change',
    changeHidden: 'your answer to: {question}',
    yourAnswers: 'Your answers',
    chooseAnswer: 'Choose one of the answers.',
    countryHint: 'Start typing the name, then choose the country from the list.',
    countryError: 'Choose a country from the list.',
    countryMatches: '{n} matching countries.',
    countryNone: 'No country matches.',
    numberError: 'Enter a whole number from {min} to {max}.',
    dateError: 'Enter a real date from {min} to {max}.',
    result: 'Result',
    whatYouNeed: 'What to apply for',
    noServiceTitle: 'The Centre has no service for this case',
    insteadTitle: 'What to do instead',
    alternatives: 'Services you could ask the Centre about',
    step: 'Step {n} of {total}',
    why: 'Why this applies',
    guideSection: 'Guide section',
    audience: 'About this service',
    fees: 'Service fee',
    feesNotListed: 'The guide gives no fee for this service.',
    stateDuty: 'State duty',
    mci: '{mci} MCI',
    mciValue: '1 MCI in {year}: {value}',
    provisional: 'Provisional',
    processing: 'Processing time',
    ready: 'When it will be ready',
    readyRange: 'If you apply on {applied}, it should be ready between {earliest} and {latest}.',
    readyBy: 'If you apply on {applied}, it should be ready by {latest}.',
    readySameDay: 'Done the same day, {applied}, during office hours.',
    readyDelay: 'At the latest {date}, allowing for the state’s possible delay of up to 30 calendar days.',
    readyProvisional: 'The public holidays of that year are not all known yet.',
    howToApply: 'How to apply',
    documents: 'Documents to prepare',
    documentsHint: 'Tick each document when you have it ready.',
    ifAny: 'if any',
    optional: 'optional',
    nextStep: 'Next step: {title}',
    notes: 'Notes',
    guideSilent: 'The guide is silent or inconsistent here',
    extension: 'When to apply for the extension',
    expires: 'The visa expires',
    windowFirst: 'First day to apply',
    windowLast: 'Last day to apply',
    addToCalendar: 'Add these dates to my calendar (.ics)',
    print: 'Print this checklist',
    copyLink: 'Copy link to this outcome',
    linkCopied: 'Link copied.',
    linkCopyManually: 'Copy the link below.',
    linkLabel: 'Link to this outcome',
    office: 'Contact the AIFC Expat Centre',
    hours: 'Opening hours',
    phones: 'Phone',
    lineOpen: 'taking calls now',
    lineClosed: 'not taking calls now',
    callsHours: 'calls {hours}',
    email: 'E-mail',
    address: 'Address',
    announceOutcome: 'Result: {titles}.',
    announceNoService: 'Result: {reason}',
    workingDays: { one: '{n} working day', other: '{n} working days' },
    workingDaysRange: '{min} to {max} working days',
    minutes: { one: '{n} minute', other: '{n} minutes' },
    minutesRange: '{min} to {max} minutes',
  },
  ru: {
    language: 'Язык',
    loading: 'Загрузка…',
    loadFailed: 'Не удалось запустить проверку. Обновите страницу или свяжитесь с Центром.',
    failed: 'Что-то пошло не так. Начните заново или свяжитесь с Центром.',
    question: 'Вопрос {n}',
    progress: 'Отвечено вопросов: {answered} из {total} возможных',
    continue: 'Продолжить',
    back: 'Назад',
    startAgain: 'Начать заново',
    change: 'Изменить',
    changeHidden: 'ответ на вопрос: {question}',
    yourAnswers: 'Ваши ответы',
    chooseAnswer: 'Выберите один из ответов.',
    countryHint: 'Начните вводить название и выберите страну из списка.',
    countryError: 'Выберите страну из списка.',
    countryMatches: 'Найдено стран: {n}.',
    countryNone: 'Совпадений нет.',
    numberError: 'Введите целое число от {min} до {max}.',
    dateError: 'Введите существующую дату с {min} по {max}.',
    result: 'Результат',
    whatYouNeed: 'Что нужно оформить',
    noServiceTitle: 'У Центра нет услуги для этого случая',
    insteadTitle: 'Что делать вместо этого',
    alternatives: 'Услуги, о которых можно спросить в Центре',
    step: 'Шаг {n} из {total}',
    why: 'Почему это подходит',
    guideSection: 'Раздел руководства',
    audience: 'Об услуге',
    fees: 'Сервисный сбор',
    feesNotListed: 'В руководстве сервисный сбор за эту услугу не указан.',
    stateDuty: 'Государственная пошлина',
    mci: '{mci} МРП',
    mciValue: '1 МРП в {year} году: {value}',
    provisional: 'Предварительно',
    processing: 'Срок оформления',
    ready: 'Когда будет готово',
    readyRange: 'Если подать заявление {applied}, должно быть готово с {earliest} по {latest}.',
    readyBy: 'Если подать заявление {applied}, должно быть готово к {latest}.',
    readySameDay: 'Оформляется в тот же день, {applied}, в часы работы.',
    readyDelay: 'Не позднее {date} с учётом возможной задержки со стороны государства до 30 календарных дней.',
    readyProvisional: 'Не все праздничные дни этого года ещё известны.',
    howToApply: 'Как подать заявление',
    documents: 'Какие документы подготовить',
    documentsHint: 'Отмечайте документ, когда он готов.',
    ifAny: 'при наличии',
    optional: 'по желанию',
    nextStep: 'Следующий шаг: {title}',
    notes: 'Примечания',
    guideSilent: 'В руководстве об этом не сказано или сказано противоречиво',
    extension: 'Когда подавать на продление',
    expires: 'Срок действия визы истекает',
    windowFirst: 'Первый день подачи',
    windowLast: 'Последний день подачи',
    addToCalendar: 'Добавить эти даты в мой календарь (.ics)',
    print: 'Распечатать этот список',
    copyLink: 'Скопировать ссылку на этот результат',
    linkCopied: 'Ссылка скопирована.',
    linkCopyManually: 'Скопируйте ссылку ниже.',
    linkLabel: 'Ссылка на этот результат',
    office: 'Связаться с Экспат-центром МФЦА',
    hours: 'Часы работы',
    phones: 'Телефон',
    lineOpen: 'сейчас принимает звонки',
    lineClosed: 'сейчас не принимает звонки',
    callsHours: 'звонки {hours}',
    email: 'Эл. почта',
    address: 'Адрес',
    announceOutcome: 'Результат: {titles}.',
    announceNoService: 'Результат: {reason}',
    workingDays: { one: '{n} рабочий день', few: '{n} рабочих дня', many: '{n} рабочих дней', other: '{n} рабочего дня' },
    workingDaysRange: 'от {min} до {max} рабочих дней',
    minutes: { one: '{n} минута', few: '{n} минуты', many: '{n} минут', other: '{n} минуты' },
    minutesRange: 'от {min} до {max} минут',
  },
  kk: {
    language: 'Тіл',
    loading: 'Жүктелуде…',
    loadFailed: 'Тексеру іске қосылмады. Бетті жаңартыңыз немесе Орталыққа хабарласыңыз.',
    failed: 'Қате орын алды. Қайта бастаңыз немесе Орталыққа хабарласыңыз.',
    question: '{n}-сұрақ',
    progress: 'Жауап берілген сұрақтар: {answered}, барлығы ең көбі {total}',
    continue: 'Жалғастыру',
    back: 'Артқа',
    startAgain: 'Қайта бастау',
    change: 'Өзгерту',
    changeHidden: 'мына сұраққа жауапты: {question}',
    yourAnswers: 'Сіздің жауаптарыңыз',
    chooseAnswer: 'Жауаптардың бірін таңдаңыз.',
    countryHint: 'Атауын тере бастаңыз, содан кейін елді тізімнен таңдаңыз.',
    countryError: 'Елді тізімнен таңдаңыз.',
    countryMatches: 'Табылған елдер: {n}.',
    countryNone: 'Сәйкес ел жоқ.',
    numberError: '{min}–{max} аралығындағы бүтін санды енгізіңіз.',
    dateError: '{min} – {max} аралығындағы дұрыс күнді енгізіңіз.',
    result: 'Нәтиже',
    whatYouNeed: 'Не рәсімдеу керек',
    noServiceTitle: 'Орталықта бұл жағдайға арналған қызмет жоқ',
    insteadTitle: 'Оның орнына не істеу керек',
    alternatives: 'Орталықтан сұрауға болатын қызметтер',
    step: '{n}-қадам, барлығы {total}',
    why: 'Неліктен сәйкес келеді',
    guideSection: 'Нұсқаулық бөлімі',
    audience: 'Қызмет туралы',
    fees: 'Сервистік алым',
    feesNotListed: 'Нұсқаулықта бұл қызметтің сервистік алымы көрсетілмеген.',
    stateDuty: 'Мемлекеттік баж',
    mci: '{mci} АЕК',
    mciValue: '{year} жылғы 1 АЕК: {value}',
    provisional: 'Алдын ала',
    processing: 'Рәсімдеу мерзімі',
    ready: 'Қашан дайын болады',
    readyRange: 'Өтінішті {applied} берсеңіз, {earliest} – {latest} аралығында дайын болуы керек.',
    readyBy: 'Өтінішті {applied} берсеңіз, дайын болу күні: {latest}.',
    readySameDay: 'Сол күні, {applied}, жұмыс уақытында орындалады.',
    readyDelay: 'Мемлекет тарапынан күнтізбелік 30 күнге дейінгі ықтимал кідірісті ескергенде, ең кеш мерзім: {date}.',
    readyProvisional: 'Сол жылдың мереке күндері әлі толық белгілі емес.',
    howToApply: 'Өтінішті қалай беру керек',
    documents: 'Дайындалатын құжаттар',
    documentsHint: 'Дайын болған құжатты белгілеп отырыңыз.',
    ifAny: 'бар болса',
    optional: 'міндетті емес',
    nextStep: 'Келесі қадам: {title}',
    notes: 'Ескертпелер',
    guideSilent: 'Нұсқаулықта бұл туралы айтылмаған немесе қайшы айтылған',
    extension: 'Ұзартуға қашан өтініш беру керек',
    expires: 'Визаның қолданылу мерзімі аяқталады',
    windowFirst: 'Өтініш берудің бірінші күні',
    windowLast: 'Өтініш берудің соңғы күні',
    addToCalendar: 'Осы күндерді күнтізбеме қосу (.ics)',
    print: 'Осы тізімді басып шығару',
    copyLink: 'Осы нәтижеге сілтемені көшіру',
    linkCopied: 'Сілтеме көшірілді.',
    linkCopyManually: 'Төмендегі сілтемені көшіріңіз.',
    linkLabel: 'Осы нәтижеге сілтеме',
    office: 'АХҚО Экспат орталығымен байланыс',
    hours: 'Жұмыс уақыты',
    phones: 'Телефон',
    lineOpen: 'қазір қоңырау қабылдайды',
    lineClosed: 'қазір қоңырау қабылдамайды',
    callsHours: 'қоңыраулар {hours}',
    email: 'Эл. пошта',
    address: 'Мекенжай',
    announceOutcome: 'Нәтиже: {titles}.',
    announceNoService: 'Нәтиже: {reason}',
    workingDays: { other: '{n} жұмыс күні' },
    workingDaysRange: '{min}–{max} жұмыс күні',
    minutes: { other: '{n} минут' },
    minutesRange: '{min}–{max} минут',
    // Used only where the browser has no Kazakh calendar data (the long date is "2026 ж. 20 наурыз").
    months: ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'],
  },
};

/** A string of the interface with its `{name}` slots filled. */
function t(lang, key, vars = {}) {
  return fill(STRINGS[lang][key], vars).join('');
}

/** The same, keeping values that are nodes (e.g. a date in <strong>): an array for append(). */
function tNodes(lang, key, vars = {}) {
  return fill(STRINGS[lang][key], vars);
}

function fill(template, vars) {
  return template.split(/(\{\w+\})/).filter(Boolean).map((part) => {
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    return name !== undefined && name in vars ? vars[name] : part;
  });
}

/** A counted phrase ("5 working days"), with the plural form of the language. */
function plural(lang, key, n) {
  const forms = STRINGS[lang][key];
  const form = forms[new Intl.PluralRules(LOCALES[lang]).select(n)] ?? forms.other;
  return fill(form, { n: String(n) }).join('');
}

// ---------------------------------------------------------------------------------------------
// 3. Formatting
// ---------------------------------------------------------------------------------------------

const formats = new Map();

/** Formatters for a language, made once. */
function formatsFor(lang) {
  if (!formats.has(lang)) formats.set(lang, makeFormats(lang));
  return formats.get(lang);
}

// Some browsers ship without Kazakh data (Intl then falls back to root: "2026 M03 20", "1,234.5",
// English country names). Detected, not assumed: numbers and country names then use Russian data,
// whose formats Kazakh shares, and dates use the Kazakh month names of section 2.
function makeFormats(lang) {
  const locale = LOCALES[lang];
  const cyrillic = /\p{Script=Cyrillic}/u;
  const sample = Date.UTC(2026, 0, 15);
  const lacksNumbers = lang !== 'en'
    && new Intl.NumberFormat(locale).format(1234.5) === new Intl.NumberFormat('en').format(1234.5);
  const lacksRegions = lang !== 'en'
    && !cyrillic.test(new Intl.DisplayNames([locale], { type: 'region' }).of('DE'));
  const lacksMonths = lang !== 'en'
    && !cyrillic.test(new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(sample));
  const numberLocale = lacksNumbers ? LOCALES.ru : locale;
  const regionLocale = lacksRegions ? LOCALES.ru : locale;
  const regions = new Intl.DisplayNames([regionLocale], { type: 'region', fallback: 'code' });
  const longDate = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const money = (decimals) => new Intl.NumberFormat(numberLocale, {
    style: 'currency', currency: 'KZT', currencyDisplay: 'narrowSymbol',
    minimumFractionDigits: decimals, maximumFractionDigits: decimals,
  });
  const wholeTenge = money(0);
  const tiyn = money(2);
  const plain = new Intl.NumberFormat(numberLocale, { maximumFractionDigits: 3 });
  return {
    /** An exact decimal string of tenge: whole tenge without decimals, else two. */
    money: (kzt) => (/^-?\d+$/.test(kzt) ? wholeTenge : tiyn).format(kzt),
    number: (n) => plain.format(n),
    /** A YYYY-MM-DD date, as a long date of the language. */
    date: (iso) => {
      const [y, m, d] = iso.split('-').map(Number);
      if (lacksMonths && lang === 'kk') return `${y} ж. ${d} ${STRINGS.kk.months[m - 1]}`;
      return longDate.format(Date.UTC(y, m - 1, d));
    },
    country: (code) => regions.of(code) ?? code,
    collator: new Intl.Collator(regionLocale),
  };
}

/** Text folded for matching a search: case, accents and ё do not matter. */
function fold(s) {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase().replace(/ё/g, 'е').trim();
}

// ---------------------------------------------------------------------------------------------
// 4. DOM helpers
// ---------------------------------------------------------------------------------------------

/**
 * Makes an element. `props`: attributes, except `on` (event listeners) and `text` (textContent).
 * Never given a `style`: the stylesheet does the styling (a strict CSP forbids style attributes).
 */
function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'on') for (const [type, fn] of Object.entries(value)) el.addEventListener(type, fn);
    else if (key === 'text') el.textContent = value;
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  el.append(...children.flat(Infinity).filter((c) => c !== null && c !== undefined && c !== false));
  return el;
}

/** Text only visible to assistive technology. */
function hiddenText(text) {
  return h('span', { class: 'vh', text });
}

/** Only safe link schemes reach an href. */
function safeHref(scheme, value) {
  const v = String(value ?? '');
  const full = v.startsWith(`${scheme}:`) ? v : `${scheme}:${v}`;
  return /^(tel:\+?[0-9]+|mailto:[^\s<>"']+@[^\s<>"']+)$/.test(full) ? full : null;
}

// ---------------------------------------------------------------------------------------------
// 5. Answers and the URL
// ---------------------------------------------------------------------------------------------

/** Answers in query-string form ("need=work&location=outside") as an ordered Map. */
function parseAnswers(query) {
  const answers = new Map();
  for (const [key, value] of new URLSearchParams(query ?? '')) {
    if (key && !answers.has(key)) answers.set(key, value);
  }
  return answers;
}

/** The answers kept in the page's query string under `prefix.` (e.g. ?aifc.need=work). */
function answersInUrl(prefix) {
  const answers = new Map();
  for (const [key, value] of new URL(location.href).searchParams) {
    if (key.startsWith(`${prefix}.`) && !answers.has(key.slice(prefix.length + 1))) {
      answers.set(key.slice(prefix.length + 1), value);
    }
  }
  return answers;
}

/** The page's URL with its own parameters kept and the answers written under `prefix.`. */
function urlWithAnswers(prefix, answers) {
  const url = new URL(location.href);
  for (const key of [...url.searchParams.keys()]) {
    if (key.startsWith(`${prefix}.`)) url.searchParams.delete(key);
  }
  for (const [fact, value] of answers) url.searchParams.append(`${prefix}.${fact}`, String(value));
  return url;
}

/** A Map of answers as the plain object the API takes (own properties only, even "__proto__"). */
function answersObject(answers) {
  return Object.fromEntries(answers);
}

// ---------------------------------------------------------------------------------------------
// 6. The element
// ---------------------------------------------------------------------------------------------

const DEFAULT_PREFIX = 'aifc';

class AifcEligibility extends HTMLElement {
  static observedAttributes = ['lang', 'date', 'answers', 'sync-url'];

  #root;
  #frame; // the container: hidden until the stylesheet has loaded
  #live; // the polite live region announcing outcomes
  #main;
  #pkg = null;
  #failed = false;
  /** The answers on the current path, in the order they were asked (fact -> value). */
  #answers = new Map();
  /** Answers taken back with Back or Start again, offered again when their question returns. */
  #remembered = new Map();
  /** The fact being changed from the summary, its later answers kept; null otherwise. */
  #editing = null;
  /** Ticked documents, by service and document id, so re-rendering keeps them. */
  #ticked = new Set();
  #lastScreen = null;
  #lastDate;
  #connected = false;
  #started = false;
  #onPopState = () => this.#restoreFromUrl();

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: 'open' });
    const sheet = h('link', { rel: 'stylesheet', href: CSS_URL.href });
    this.#live = h('div', { class: 'vh', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' });
    this.#main = h('div', { class: 'main', part: 'main' });
    this.#frame = h('div', { class: 'aifc', part: 'container', hidden: true }, this.#live, this.#main);
    const show = () => this.#frame.removeAttribute('hidden');
    sheet.addEventListener('load', show);
    sheet.addEventListener('error', show);
    this.#root.append(sheet, this.#frame);
  }

  connectedCallback() {
    this.#connected = true;
    if (this.hasAttribute('sync-url')) addEventListener('popstate', this.#onPopState);
    if (this.#started) {
      this.#render(); // moved in the page: the answers stay
      return;
    }
    this.#renderLoading();
    engine.then(
      (pkg) => {
        this.#pkg = pkg;
        if (!this.#connected || this.#started) return;
        this.#started = true;
        this.#checkDate();
        this.#checkLang();
        this.#start();
      },
      (err) => {
        this.#failed = true;
        this.#emitError('load-failed', String(err?.message ?? err));
        this.#renderFailure('loadFailed');
      },
    );
  }

  disconnectedCallback() {
    this.#connected = false;
    removeEventListener('popstate', this.#onPopState);
  }

  attributeChangedCallback(name, old, value) {
    if (!this.#pkg || !this.#connected || old === value) return;
    if (name === 'lang') {
      this.#checkLang();
      this.#render();
    } else if (name === 'date') {
      this.#checkDate();
      this.#render();
    } else if (name === 'answers') {
      this.#settle(parseAnswers(value));
      this.#render();
    } else if (name === 'sync-url') {
      removeEventListener('popstate', this.#onPopState);
      if (value !== null) addEventListener('popstate', this.#onPopState);
    }
  }

  // --- Settings read from the attributes ---

  /** The language: the `lang` attribute, else the page's <html lang>, else English. */
  get #lang() {
    for (const tag of [this.getAttribute('lang'), document.documentElement.lang]) {
      const primary = (tag ?? '').toLowerCase().split('-')[0];
      if (LANGS.includes(primary)) return primary;
    }
    return 'en';
  }

  /** The `date` attribute once the API has accepted it, else null ("today"). */
  get #date() {
    const date = this.getAttribute('date');
    return date && date === this.#lastDate ? date : null;
  }

  get #prefix() {
    const value = (this.getAttribute('sync-url') ?? '').trim();
    return /^[\w-]+$/.test(value) ? value : DEFAULT_PREFIX;
  }

  #checkLang() {
    const tag = this.getAttribute('lang');
    if (tag && !LANGS.includes(tag.toLowerCase().split('-')[0])) {
      this.#emitError('unsupported-language', `lang="${tag.slice(0, 20)}" is not supported: use en, ru or kk`);
    }
  }

  #checkDate() {
    const date = this.getAttribute('date');
    this.#lastDate = undefined;
    if (!date) return;
    try {
      this.#pkg.evaluate({ answers: {}, date });
      this.#lastDate = date;
    } catch (err) {
      this.#emitError(err.code ?? 'invalid-date', err.message);
    }
  }

  // --- The engine ---

  #request(answers) {
    const request = { answers: answersObject(answers), lang: this.#lang };
    if (this.#date) request.date = this.#date;
    return request;
  }

  #evaluate(answers) {
    return this.#pkg.evaluate(this.#request(answers));
  }

  /**
   * Takes answers from outside (the attribute, the URL): walks the flow from the start, keeping
   * each answer to the question actually asked; an answer the engine refuses is dropped with an
   * `error` event, as is one for a fact the engine does not know. Answers off the path are left out.
   */
  #settle(candidate) {
    const kept = new Map();
    const refused = new Set();
    for (;;) {
      let ev;
      try {
        ev = this.#evaluate(kept);
      } catch {
        break;
      }
      const id = ev.kind === 'question' ? ev.question.id : null;
      if (!id || !candidate.has(id) || kept.has(id)) break;
      const value = candidate.get(id);
      try {
        this.#evaluate(new Map([...kept, [id, value]]));
        kept.set(id, value);
      } catch (err) {
        refused.add(id);
        this.#emitError(err.code ?? 'invalid-answer', err.message);
        break;
      }
    }
    // Whatever was not used: report the ones the engine refuses even on their own.
    for (const [fact, value] of candidate) {
      if (kept.has(fact) || refused.has(fact)) continue;
      try {
        this.#pkg.evaluate({ answers: Object.fromEntries([[fact, value]]) });
      } catch (err) {
        this.#emitError(err.code ?? 'invalid-answer', err.message);
      }
    }
    for (const [fact, value] of this.#answers) if (!kept.has(fact)) this.#remembered.set(fact, value);
    this.#answers = kept;
    this.#editing = null;
  }

  #start() {
    const fromUrl = answersInUrl(this.#prefix);
    const attribute = parseAnswers(this.getAttribute('answers'));
    this.#settle(fromUrl.size > 0 ? fromUrl : attribute);
    if (this.hasAttribute('sync-url') && fromUrl.size > 0) this.#writeUrl('replace');
    this.#render();
  }

  // --- Navigation ---

  /** Records an answer, then drops every answer no longer on the path. */
  #answer(fact, value) {
    const next = new Map(this.#answers);
    next.set(fact, value);
    let ev;
    try {
      ev = this.#evaluate(next);
    } catch (err) {
      this.#emitError(err.code ?? 'invalid-answer', err.message);
      return false;
    }
    const onPath = new Set(ev.path.map((a) => a.fact));
    this.#answers = new Map([...next].filter(([f]) => onPath.has(f)));
    this.#remembered.delete(fact);
    this.#editing = null;
    this.#writeUrl('push');
    this.#render({ focus: 'heading' });
    return true;
  }

  /** Back: while changing an answer, return to where the visitor was; else take back the last answer. */
  #back(path) {
    if (this.#editing) {
      this.#editing = null;
    } else {
      const last = path.at(-1);
      if (!last) return;
      this.#remembered.set(last.fact, this.#answers.get(last.fact));
      this.#answers.delete(last.fact);
      this.#writeUrl('push');
    }
    this.#render({ focus: 'heading' });
  }

  #change(fact) {
    this.#editing = fact;
    this.#render({ focus: 'heading' });
  }

  #startAgain() {
    this.#answers = new Map();
    this.#remembered = new Map();
    this.#ticked = new Set();
    this.#editing = null;
    this.#writeUrl('push');
    this.#render({ focus: 'heading' });
  }

  #switchLanguage(lang) {
    this.setAttribute('lang', lang); // re-renders through attributeChangedCallback
    this.#root.querySelector(`[data-lang="${lang}"]`)?.focus();
  }

  #writeUrl(mode) {
    if (!this.hasAttribute('sync-url')) return;
    const url = urlWithAnswers(this.#prefix, this.#answers);
    if (url.href === location.href) return;
    if (mode === 'push') history.pushState(history.state, '', url);
    else history.replaceState(history.state, '', url);
  }

  #restoreFromUrl() {
    if (!this.#pkg) return;
    this.#settle(answersInUrl(this.#prefix));
    this.#render({ focus: 'heading' });
  }

  // --- Events ---

  #emit(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  #emitError(code, message) {
    this.#emit('error', { code, message });
  }

  // --- Rendering ---

  #renderLoading() {
    this.#frame.setAttribute('lang', this.#lang);
    this.#main.replaceChildren(h('p', { class: 'loading', text: t(this.#lang, 'loading') }));
  }

  #renderFailure(key) {
    this.#frame.setAttribute('lang', this.#lang);
    this.#main.replaceChildren(h('div', { class: 'failure', role: 'alert', part: 'error' }, h('p', { text: t(this.#lang, key) })));
  }

  /** Draws the current screen: the question being asked, the one being changed, or the outcome. */
  #render({ focus = null } = {}) {
    if (!this.#pkg || this.#failed) return;
    const lang = this.#lang;
    const shown = new Map(this.#answers);
    if (this.#editing) shown.delete(this.#editing);
    let ev;
    try {
      ev = this.#evaluate(shown);
    } catch (err) {
      this.#emitError(err.code ?? 'invalid-request', err.message);
      this.#renderFailure('failed');
      return;
    }
    this.#frame.setAttribute('lang', lang);
    const screen = ev.kind === 'question' ? this.#questionScreen(ev) : this.#outcomeScreen(ev);
    this.#main.replaceChildren(this.#topBar(ev), screen);

    const key = `${this.#editing ?? ''}|${new URLSearchParams([...shown].map(([k, v]) => [k, String(v)]))}`;
    if (key !== this.#lastScreen) {
      this.#lastScreen = key;
      if (ev.kind === 'question') {
        this.#emit('question', { id: ev.question.id, progress: { ...ev.progress } });
      } else {
        const o = ev.outcome;
        this.#emit('outcome', { services: [...o.services], noService: o.noService !== null });
        this.#announce(o.noService
          ? t(lang, 'announceNoService', { reason: o.noService.reason })
          : t(lang, 'announceOutcome', { titles: o.quotes.map((q) => q.title).join('; ') }));
      }
    }
    if (focus === 'heading') this.#root.querySelector('[data-focus="heading"]')?.focus();
  }

  #announce(text) {
    // Emptied first, filled a moment later, so that screen readers notice the change.
    this.#live.textContent = '';
    setTimeout(() => { this.#live.textContent = text; }, 100);
  }

  /** Back on the left, the language switch on the right. */
  #topBar(ev) {
    const lang = this.#lang;
    const canGoBack = this.#editing !== null || ev.path.length > 0;
    const back = canGoBack
      ? h('button', { type: 'button', class: 'back', part: 'back', on: { click: () => this.#back(ev.path) } }, t(lang, 'back'))
      : h('span');
    const languages = h('ul', { class: 'langs' }, LANGS.map((l) => h('li', {},
      h('button', {
        type: 'button', lang: l, 'data-lang': l, class: 'lang',
        'aria-current': l === lang ? 'true' : null,
        on: { click: () => l !== this.#lang && this.#switchLanguage(l) },
      }, LANG_NAMES[l]))));
    return h('div', { class: 'topbar no-print' }, back,
      h('nav', { 'aria-label': t(lang, 'language'), part: 'languages' }, languages));
  }

  // ---------------------------------------------------------------------------------------------
  // 7. Question screen
  // ---------------------------------------------------------------------------------------------

  #questionScreen(ev) {
    const lang = this.#lang;
    const q = ev.question;
    const total = ev.progress.answered + ev.progress.remaining;
    const progress = h('div', { class: 'progress no-print', part: 'progress' },
      h('p', { class: 'caption', text: t(lang, 'question', { n: ev.progress.answered + 1 }) }),
      h('progress', {
        max: total, value: ev.progress.answered,
        'aria-label': t(lang, 'progress', { answered: ev.progress.answered, total }),
      }));
    const previous = this.#editing === q.id ? this.#answers.get(q.id) : this.#remembered.get(q.id);
    const form = q.input?.kind === 'country' ? this.#countryForm(q, previous)
      : q.input ? this.#inputForm(q, previous)
        : this.#choiceForm(q, previous);
    return h('div', { class: 'screen screen-question' }, progress, form, this.#summary(ev.path), this.#restart());
  }

  /** The question's heading, focused when the question arrives. */
  #heading(q, labelFor) {
    const content = labelFor ? h('label', { for: labelFor, text: q.text }) : q.text;
    return h('h2', { class: 'question-title', tabindex: '-1', 'data-focus': 'heading', part: 'heading' }, content);
  }

  /** The form shell: hint, error line, the fields, Continue. `read` returns {value} or {error}. */
  #form(q, { fields, read, fieldset, labelFor }) {
    const lang = this.#lang;
    const hintId = `hint-${q.id}`;
    const errorId = `error-${q.id}`;
    const hint = q.help ? h('p', { class: 'hint', id: hintId, part: 'hint', text: q.help }) : null;
    const error = h('p', { class: 'error-message', id: errorId, part: 'error', hidden: true });
    const described = [q.help ? hintId : null, errorId].filter(Boolean).join(' ');
    const showError = (message) => {
      error.replaceChildren(message ?? '');
      error.toggleAttribute('hidden', !message);
      form.classList.toggle('has-error', Boolean(message));
    };
    const body = fieldset
      ? h('fieldset', { class: 'fieldset', 'aria-describedby': described },
        h('legend', { class: 'legend' }, this.#heading(q)), hint, error, fields(described, showError))
      : h('div', { class: 'field' }, this.#heading(q, labelFor), hint, error, fields(described, showError));
    const form = h('form', {
      class: 'question', part: 'question', novalidate: true, 'data-question': q.id,
      on: {
        submit: (e) => {
          e.preventDefault();
          const result = read();
          if ('error' in result) {
            showError(result.error);
            result.focus?.focus();
            return;
          }
          showError(null);
          if (!this.#answer(q.id, result.value)) showError(result.refused ?? t(lang, 'chooseAnswer'));
        },
      },
    }, body, h('div', { class: 'actions' },
      h('button', { type: 'submit', class: 'button', part: 'button continue' }, t(lang, 'continue'))));
    return form;
  }

  #choiceForm(q, previous) {
    const lang = this.#lang;
    const inputs = [];
    const fields = () => h('div', { class: 'options' }, q.options.map((option, i) => {
      const id = `${q.id}-${i}`;
      const helpId = option.help ? `${id}-help` : null;
      const input = h('input', {
        type: 'radio', id, name: q.id, value: String(option.value), class: 'radio-input',
        'aria-describedby': helpId,
        checked: previous !== undefined && String(previous) === String(option.value),
      });
      inputs.push({ input, option });
      return h('div', { class: 'option' }, input,
        h('label', { for: id, class: 'option-label', text: option.label }),
        option.help ? h('p', { id: helpId, class: 'option-hint', text: option.help }) : null);
    }));
    return this.#form(q, {
      fieldset: true,
      fields,
      read: () => {
        const picked = inputs.find(({ input }) => input.checked);
        return picked ? { value: picked.option.value } : { error: t(lang, 'chooseAnswer'), focus: inputs[0]?.input };
      },
    });
  }

  /** A number or a date, checked as the visitor types. */
  #inputForm(q, previous) {
    const lang = this.#lang;
    const { kind, min, max } = q.input;
    const id = `input-${q.id}`;
    const f = formatsFor(lang);
    const shownMin = kind === 'date' ? f.date(String(min)) : f.number(Number(min));
    const shownMax = kind === 'date' ? f.date(String(max)) : f.number(Number(max));
    const message = t(lang, kind === 'date' ? 'dateError' : 'numberError', { min: shownMin, max: shownMax });
    let input;
    const check = () => {
      const raw = input.value.trim();
      if (input.validity.badInput) return { error: message };
      if (!raw) return { error: message, empty: true };
      if (kind === 'number') {
        const n = Number(raw);
        if (!/^\d+$/.test(raw) || n < Number(min) || n > Number(max)) return { error: message };
        return { value: n };
      }
      if (!/^\d{4}-\d{2}-\d{2}$/.test(raw) || raw < String(min) || raw > String(max)) return { error: message };
      return { value: raw };
    };
    const fields = (described, showError) => {
      input = h('input', {
        id, name: q.id, class: `input input-${kind}`, part: 'input',
        type: kind === 'date' ? 'date' : 'text',
        inputmode: kind === 'number' ? 'numeric' : null,
        pattern: kind === 'number' ? '[0-9]*' : null,
        autocomplete: 'off', spellcheck: 'false',
        min: kind === 'date' ? min : null, max: kind === 'date' ? max : null,
        value: previous !== undefined ? String(previous) : null,
        'aria-describedby': described,
      });
      const validate = () => {
        const result = check();
        const bad = 'error' in result && !result.empty;
        if (bad) input.setAttribute('aria-invalid', 'true');
        else input.removeAttribute('aria-invalid');
        showError(bad ? result.error : null);
      };
      input.addEventListener('input', validate);
      input.addEventListener('change', validate);
      return input;
    };
    return this.#form(q, {
      fields,
      labelFor: id,
      read: () => {
        const result = check();
        if ('error' in result) {
          input.setAttribute('aria-invalid', 'true');
          return { error: result.error, focus: input };
        }
        return { value: result.value, refused: message };
      },
    });
  }

  // ---------------------------------------------------------------------------------------------
  // 8. Country picker
  // ---------------------------------------------------------------------------------------------

  /**
   * A text field filtering a listbox of countries named in the visitor's language (ARIA 1.2
   * combobox): type to filter, Down/Up to move, Enter to choose, Escape to close. The codes come
   * from the API's countries(); the chosen name maps back to its code.
   */
  #countryForm(q, previous) {
    const lang = this.#lang;
    const f = formatsFor(lang);
    // Shown in the visitor's language, found by its name in any of the three (a visitor reading
    // English may type "Узбекистан").
    const countries = this.#pkg.countries()
      .map((code) => ({ code, name: f.country(code) }))
      .map((c) => ({ ...c, key: fold(c.name), keys: LANGS.map((l) => fold(formatsFor(l).country(c.code))) }))
      .sort((a, b) => f.collator.compare(a.name, b.name));
    const id = `input-${q.id}`;
    const listId = `list-${q.id}`;
    const countHintId = `count-${q.id}`;
    const typeHintId = `type-hint-${q.id}`;
    let chosen = countries.find((c) => c.code === String(previous ?? '').toUpperCase()) ?? null;
    let shown = [];
    let active = -1;
    let input;
    let list;
    let count;

    const open = (isOpen) => {
      list.toggleAttribute('hidden', !isOpen);
      input.setAttribute('aria-expanded', String(isOpen));
      if (!isOpen) setActive(-1);
    };
    const setActive = (i) => {
      active = i;
      list.querySelectorAll('[role="option"]').forEach((el, n) => el.setAttribute('aria-selected', String(n === i)));
      const el = list.querySelector(`#${listId}-${shown[i]?.code}`);
      if (el) {
        input.setAttribute('aria-activedescendant', el.id);
        el.scrollIntoView({ block: 'nearest' });
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    };
    const choose = (c) => {
      chosen = c;
      input.value = c.name;
      open(false);
    };
    const filter = () => {
      const query = fold(input.value);
      const starts = (c) => c.keys.some((k) => k.startsWith(query));
      shown = query
        ? countries.filter((c) => c.keys.some((k) => k.includes(query)) || c.code.toLowerCase() === query)
          .sort((a, b) => Number(!starts(a)) - Number(!starts(b)))
        : countries;
      list.replaceChildren(...shown.map((c) => h('li', {
        id: `${listId}-${c.code}`, role: 'option', class: 'country-option', 'aria-selected': 'false',
        'data-code': c.code,
        on: {
          // Chosen on pointerdown, before the field loses focus.
          pointerdown: (e) => { e.preventDefault(); choose(c); },
        },
      }, c.name)));
      count.textContent = query ? (shown.length ? t(lang, 'countryMatches', { n: shown.length }) : t(lang, 'countryNone')) : '';
      active = -1;
      input.removeAttribute('aria-activedescendant');
    };
    const fields = (described) => {
      input = h('input', {
        id, type: 'text', class: 'input input-country', part: 'input', role: 'combobox',
        autocomplete: 'off', spellcheck: 'false', 'aria-autocomplete': 'list', 'aria-expanded': 'false',
        'aria-controls': listId, 'aria-describedby': `${typeHintId} ${described} ${countHintId}`,
        value: chosen?.name ?? null,
      });
      list = h('ul', { id: listId, role: 'listbox', class: 'listbox', part: 'listbox', 'aria-label': q.text, hidden: true });
      count = h('p', { id: countHintId, class: 'vh', 'aria-live': 'polite' });
      input.addEventListener('input', () => {
        chosen = null;
        filter();
        open(input.value.trim() !== '' && shown.length > 0);
      });
      input.addEventListener('keydown', (e) => {
        const isOpen = !list.hasAttribute('hidden');
        if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
          e.preventDefault();
          if (!isOpen) { filter(); open(shown.length > 0); }
          const step = e.key === 'ArrowDown' ? 1 : -1;
          if (shown.length) setActive(Math.min(shown.length - 1, Math.max(0, active + step)));
        } else if (e.key === 'Enter' && isOpen && active >= 0) {
          e.preventDefault(); // choosing is not submitting
          choose(shown[active]);
        } else if (e.key === 'Escape' && isOpen) {
          e.preventDefault();
          open(false);
        }
      });
      input.addEventListener('blur', () => open(false));
      filter();
      return h('div', { class: 'combobox' }, h('p', { id: typeHintId, class: 'hint', text: t(lang, 'countryHint') }), input, list, count);
    };
    return this.#form(q, {
      fields,
      labelFor: id,
      read: () => {
        const typed = fold(input.value);
        const match = chosen && chosen.name === input.value ? chosen
          : countries.find((c) => c.key === typed) ?? countries.find((c) => c.keys.includes(typed) || c.code.toLowerCase() === typed)
            ?? (typed && shown.length === 1 ? shown[0] : null);
        if (!match) {
          input.setAttribute('aria-invalid', 'true');
          return { error: t(lang, 'countryError'), focus: input };
        }
        input.removeAttribute('aria-invalid');
        return { value: match.code, refused: t(lang, 'countryError') };
      },
    });
  }

  // ---------------------------------------------------------------------------------------------
  // 9. Outcome screen
  // ---------------------------------------------------------------------------------------------

  #outcomeScreen(ev) {
    const lang = this.#lang;
    const o = ev.outcome;
    const head = o.noService
      ? h('div', { class: 'panel panel-none', part: 'result' },
        h('p', { class: 'caption', text: t(lang, 'result') }),
        h('h2', { tabindex: '-1', 'data-focus': 'heading', class: 'result-title', part: 'heading', text: t(lang, 'noServiceTitle') }),
        h('p', { class: 'lead', text: o.noService.reason }))
      : h('div', { class: 'panel', part: 'result' },
        h('p', { class: 'caption', text: t(lang, 'result') }),
        h('h2', { tabindex: '-1', 'data-focus': 'heading', class: 'result-title', part: 'heading', text: t(lang, 'whatYouNeed') }),
        h('ol', { class: 'result-list' }, o.quotes.map((q) => h('li', { text: q.title }))));
    return h('div', { class: 'screen screen-outcome', part: 'outcome', 'data-outcome': o.id },
      head,
      o.noService ? this.#noService(o.noService) : null,
      o.extensionWindow ? this.#extensionWindow(o.extensionWindow) : null,
      o.quotes.map((q, i) => this.#service(q, i, o.quotes.length)),
      o.notes.length ? h('section', { class: 'block', part: 'notes' },
        h('h3', { text: t(lang, 'notes') }), this.#notes(o.notes)) : null,
      this.#actions(),
      this.#office(),
      this.#summary(ev.path),
      this.#restart());
  }

  #noService(none) {
    const lang = this.#lang;
    return h('section', { class: 'block', part: 'no-service' },
      h('h3', { text: t(lang, 'insteadTitle') }),
      h('p', { text: none.instead }),
      none.alternatives.length ? [
        h('h4', { text: t(lang, 'alternatives') }),
        h('ul', { class: 'list' }, none.alternatives.map((a) => h('li', { 'data-service': a.id, text: a.label }))),
      ] : null);
  }

  #service(q, index, count) {
    const lang = this.#lang;
    const headingId = `service-${index}`;
    return h('section', { class: 'service', part: 'service', 'aria-labelledby': headingId, 'data-service': q.service },
      count > 1 ? h('p', { class: 'caption', text: t(lang, 'step', { n: index + 1, total: count }) }) : null,
      h('h3', { id: headingId, class: 'service-title', text: q.title }),
      q.why ? h('div', { class: 'why' }, h('h4', { class: 'vh', text: t(lang, 'why') }), h('p', { text: q.why })) : null,
      h('dl', { class: 'facts' },
        this.#fact(t(lang, 'guideSection'), q.section.label, 'section'),
        q.audience ? this.#fact(t(lang, 'audience'), q.audience, 'audience') : null,
        this.#fact(t(lang, 'fees'), this.#fees(q), 'fees'),
        q.stateDuty ? this.#fact(t(lang, 'stateDuty'), this.#duty(q.stateDuty), 'duty') : null,
        q.processing ? this.#fact(t(lang, 'processing'), this.#processing(q.processing), 'processing') : null,
        q.readyBy ? this.#fact(t(lang, 'ready'), this.#readyBy(q.readyBy), 'ready') : null),
      q.apply.length ? h('div', { class: 'block' },
        h('h4', { text: t(lang, 'howToApply') }), h('ol', { class: 'list' }, q.apply.map((s) => h('li', { text: s })))) : null,
      q.documents.length ? h('div', { class: 'block', part: 'documents' },
        h('h4', { text: t(lang, 'documents') }),
        h('p', { class: 'hint no-print', text: t(lang, 'documentsHint') }),
        this.#checklist(q.documents, `${q.service}`)) : null,
      q.nextSteps.map((step, i) => h('div', { class: 'block next-step', part: 'next-step', 'data-place': step.place },
        h('h4', { text: t(lang, 'nextStep', { title: step.title }) }),
        step.documents.length ? this.#checklist(step.documents, `${q.service}.next${i}`) : null,
        step.notes.length ? this.#notes(step.notes) : null)),
      q.notes.length ? h('div', { class: 'block' }, h('h4', { text: t(lang, 'notes') }), this.#notes(q.notes)) : null);
  }

  #fact(term, value, name) {
    return h('div', { class: `fact fact-${name}` }, h('dt', { text: term }), h('dd', {}, value));
  }

  #fees(q) {
    const lang = this.#lang;
    const f = formatsFor(lang);
    if (!q.feesListed || q.fees.length === 0) return h('p', { text: t(lang, 'feesNotListed') });
    const variantLabel = (id) => q.variants.find((v) => v.id === id)?.label ?? id;
    return h('ul', { class: 'fees', part: 'fees' }, q.fees.map((fee) => h('li', {
      class: 'fee', 'data-tier': fee.tier, 'data-variant': fee.variant ?? null,
    }, h('span', { class: 'fee-label' }, fee.variant ? `${variantLabel(fee.variant)}, ${fee.label}` : fee.label),
    ' ', h('strong', { class: 'amount', text: f.money(fee.kzt) }))));
  }

  #duty(duty) {
    const lang = this.#lang;
    const f = formatsFor(lang);
    return [
      h('p', {}, h('strong', { class: 'amount', text: f.money(duty.kzt) }),
        ` (${t(lang, 'mci', { mci: f.number(Number(duty.mci)) })}; ${t(lang, 'mciValue', { year: duty.mciYear, value: f.money(duty.mciValue) })})`),
      duty.provisional ? this.#provisional(duty.reason) : null,
    ];
  }

  #provisional(reason) {
    return h('p', { class: 'provisional' }, h('strong', { class: 'tag tag-warning', text: t(this.#lang, 'provisional') }), ' ', reason ?? '');
  }

  #processing(p) {
    const lang = this.#lang;
    const [one, range] = p.unit === 'minutes' ? ['minutes', 'minutesRange'] : ['workingDays', 'workingDaysRange'];
    return p.min === p.max ? plural(lang, one, p.max) : t(lang, range, { min: p.min, max: p.max });
  }

  #readyBy(r) {
    const lang = this.#lang;
    const f = formatsFor(lang);
    const date = (iso) => h('strong', { class: 'date', 'data-date': iso, text: f.date(iso) });
    const main = r.sameDay ? tNodes(lang, 'readySameDay', { applied: date(r.applied) })
      : r.earliest === r.latest ? tNodes(lang, 'readyBy', { applied: date(r.applied), latest: date(r.latest) })
        : tNodes(lang, 'readyRange', { applied: date(r.applied), earliest: date(r.earliest), latest: date(r.latest) });
    return [
      h('p', {}, main),
      r.withDelay ? h('p', { class: 'with-delay' }, tNodes(lang, 'readyDelay', { date: date(r.withDelay) })) : null,
      r.provisional ? this.#provisional(t(lang, 'readyProvisional')) : null,
    ];
  }

  /** Documents as checkboxes; conditions shown beside each, "if any" ones marked. */
  #checklist(documents, scope) {
    const lang = this.#lang;
    return h('ul', { class: 'checklist' }, documents.map((doc, i) => {
      const key = `${scope}:${doc.id}`;
      const id = `doc-${scope.replace(/[^\w-]/g, '-')}-${i}`;
      const ifAny = doc.conditions.includes('if-any');
      const optional = doc.conditions.includes('optional');
      const box = h('input', {
        type: 'checkbox', id, class: 'checkbox-input', checked: this.#ticked.has(key),
        on: { change: (e) => (e.target.checked ? this.#ticked.add(key) : this.#ticked.delete(key)) },
      });
      const tags = [
        ifAny ? h('span', { class: 'tag tag-if-any', text: t(lang, 'ifAny') }) : null,
        optional ? h('span', { class: 'tag', text: t(lang, 'optional') }) : null,
        doc.when && !(ifAny && doc.conditions.length === 1) && !(optional && doc.conditions.length === 1)
          ? h('span', { class: 'when', text: doc.when }) : null,
      ].filter(Boolean);
      return h('li', { class: `check${ifAny ? ' check-if-any' : ''}`, 'data-document': doc.id },
        box, h('label', { for: id, class: 'check-label' }, h('span', { text: doc.text }),
          tags.length ? [' ', h('span', { class: 'conditions' }, tags.flatMap((tag, n) => (n ? [' ', tag] : [tag])))] : null));
    }));
  }

  #notes(notes) {
    const lang = this.#lang;
    return h('ul', { class: 'notes' }, notes.map((note) => h('li', {
      class: `note${note.kind === 'guide-silent' ? ' note-silent' : ''}`, 'data-kind': note.kind,
    }, note.kind === 'guide-silent' ? [h('strong', { class: 'tag tag-silent', text: t(lang, 'guideSilent') }), ' '] : null,
    h('span', { text: note.text }))));
  }

  #extensionWindow(w) {
    const lang = this.#lang;
    const f = formatsFor(lang);
    const date = (iso) => h('strong', { class: 'date', 'data-date': iso, text: f.date(iso) });
    return h('section', { class: `block window window-${w.status}`, part: 'extension', 'data-status': w.status },
      h('h3', { text: t(lang, 'extension') }),
      h('p', { class: 'window-message', text: w.message }),
      h('dl', { class: 'facts' },
        this.#fact(t(lang, 'expires'), date(w.expires), 'expires'),
        this.#fact(t(lang, 'windowFirst'), date(w.earliest), 'earliest'),
        this.#fact(t(lang, 'windowLast'), date(w.latest), 'latest')),
      w.provisional ? this.#provisional(t(lang, 'readyProvisional')) : null,
      h('button', {
        type: 'button', class: 'button button-secondary no-print', part: 'button calendar',
        on: { click: () => this.#downloadIcs(w.expires) },
      }, t(lang, 'addToCalendar')));
  }

  /** The .ics from the API, handed to the browser as a download: no network. */
  #downloadIcs(expires) {
    let text;
    try {
      text = this.#pkg.extensionIcs({ expires, lang: this.#lang });
    } catch (err) {
      this.#emitError(err.code ?? 'invalid-date', err.message);
      return;
    }
    const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
    const link = h('a', { href: url, download: `visa-extension-${expires}.ics`, hidden: true });
    this.#frame.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  // ---------------------------------------------------------------------------------------------
  // 10. Office, summary, actions
  // ---------------------------------------------------------------------------------------------

  #actions() {
    const lang = this.#lang;
    const status = h('p', { class: 'copy-status', role: 'status' });
    const field = h('div', { class: 'copy-field', hidden: true });
    const copy = async () => {
      const url = urlWithAnswers(this.#prefix, this.#answers).href;
      try {
        await navigator.clipboard.writeText(url);
        status.textContent = t(lang, 'linkCopied');
        field.setAttribute('hidden', '');
      } catch {
        const input = h('input', { type: 'text', readonly: true, class: 'input', id: 'copy-link', value: url });
        field.replaceChildren(h('label', { for: 'copy-link', class: 'label', text: t(lang, 'linkLabel') }), input);
        field.removeAttribute('hidden');
        input.focus();
        input.select();
        // The old copy command still works where the Clipboard API is refused.
        const copied = document.execCommand?.('copy') === true;
        status.textContent = t(lang, copied ? 'linkCopied' : 'linkCopyManually');
      }
    };
    return h('div', { class: 'outcome-actions no-print', part: 'actions' },
      h('button', { type: 'button', class: 'button', part: 'button print', on: { click: () => print() } }, t(lang, 'print')),
      h('button', { type: 'button', class: 'button button-secondary', part: 'button copy-link', on: { click: copy } }, t(lang, 'copyLink')),
      status, field);
  }

  #office() {
    const lang = this.#lang;
    let office;
    try {
      office = this.#pkg.office({ lang });
    } catch (err) {
      this.#emitError(err.code ?? 'invalid-request', err.message);
      return null;
    }
    const tel = (phone) => {
      const href = safeHref('tel', phone.tel);
      return href ? h('a', { href, class: 'link' }, phone.number) : phone.number;
    };
    const mail = safeHref('mailto', office.email);
    return h('section', { class: 'block office', part: 'office', 'aria-labelledby': 'office-title' },
      h('h3', { id: 'office-title', text: t(lang, 'office') }),
      h('p', { class: `office-status office-${office.open ? 'open' : 'closed'}`, 'data-state': office.state },
        h('strong', { class: 'tag', text: office.status })),
      h('dl', { class: 'facts' },
        this.#fact(t(lang, 'hours'), office.hours, 'hours'),
        this.#fact(t(lang, 'phones'), h('ul', { class: 'phones' }, office.phones.map((p) => h('li', { class: 'phone' },
          tel(p), ` — ${t(lang, 'callsHours', { hours: p.hours })} (${t(lang, p.open ? 'lineOpen' : 'lineClosed')})`))), 'phones'),
        this.#fact(t(lang, 'email'), mail ? h('a', { href: mail, class: 'link' }, office.email) : office.email, 'email'),
        this.#fact(t(lang, 'address'), office.address, 'address')));
  }

  /** The answers so far, each with a Change button. */
  #summary(path) {
    if (!path.length) return null;
    const lang = this.#lang;
    const f = formatsFor(lang);
    return h('section', { class: 'block summary', part: 'summary', 'aria-labelledby': 'summary-title' },
      h('h3', { id: 'summary-title', text: t(lang, 'yourAnswers') }),
      h('dl', { class: 'summary-list' }, path.map((a) => h('div', { class: 'summary-row', 'data-fact': a.fact },
        h('dt', { text: a.question }),
        h('dd', { class: 'summary-answer', text: a.fact === 'citizenship' ? f.country(String(a.value)) : a.answer }),
        h('dd', { class: 'summary-action no-print' }, h('button', {
          type: 'button', class: 'link-button', 'data-change': a.fact, on: { click: () => this.#change(a.fact) },
        }, t(lang, 'change'), hiddenText(` ${t(lang, 'changeHidden', { question: a.question })}`)))))));
  }

  #restart() {
    if (this.#answers.size === 0 && !this.#editing) return null;
    return h('p', { class: 'restart no-print' }, h('button', {
      type: 'button', class: 'link-button', part: 'restart', on: { click: () => this.#startAgain() },
    }, t(this.#lang, 'startAgain')));
  }
}

if (!customElements.get('aifc-eligibility')) customElements.define('aifc-eligibility', AifcEligibility);
