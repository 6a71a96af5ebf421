// The demo pages' own words (index.html, team.html) in the language of the widget on them: a
// visitor who switches the widget to Russian or Kazakh, or opens a link in it, reads the page's
// title, introduction and the disclaimer ("the guide and the Centre's decision prevail") in that
// language too. The pages are a host's site, not the widget: a real host writes its own words, so
// they are here and not among the widget's texts (texts/). English is also in the HTML, for a
// browser without JavaScript. The page follows the widget: its `aifc-language` event (a switch)
// and the language it starts in (a shared link, the `lang` attribute).

const TEXTS = {
  en: {
    'title-check': 'Check which service you need – AIFC Expat Centre',
    'title-team': 'Plan a team – AIFC Expat Centre',
    skip: 'Skip to main content',
    'site-name': 'AIFC Expat Centre',
    tagline: 'Astana International Financial Centre',
    'h1-check': 'Check which service you need',
    'intro-check':
      'Answer a few questions to find out which visa, permit or other service of the AIFC Expat Centre applies to you or your employee, which documents to prepare, what it costs, and when it should be ready.',
    'note-check': 'It takes about 2 minutes. Nothing you enter leaves your browser. Planning for several people?',
    'link-team': 'Plan a team',
    'h1-team': 'Plan your team’s applications',
    'intro-team':
      'For employers bringing several employees, experts or board members: add each person, answer what is needed, and see each one’s services, costs and ready-by dates and the team’s total. Download it as a spreadsheet or print it.',
    'note-team': 'Names and answers never leave your browser.',
    'link-check': 'Check one person instead',
    disclaimer: 'Based on the AIFC Expat Centre services guide (2025). The guide and the Centre’s decision prevail over this tool.',
    place: 'AIFC Expat Centre, Astana, Kazakhstan',
    'link-embed': 'Embed the checker on your site',
  },
  ru: {
    'title-check': 'Какая услуга вам нужна – Экспат-центр МФЦА',
    'title-team': 'План для команды – Экспат-центр МФЦА',
    skip: 'Перейти к основному содержанию',
    'site-name': 'Экспат-центр МФЦА',
    tagline: 'Международный финансовый центр «Астана»',
    'h1-check': 'Узнайте, какая услуга вам нужна',
    'intro-check':
      'Ответьте на несколько вопросов и узнайте, какая виза, разрешение или другая услуга Экспат-центра МФЦА нужна вам или вашему работнику, какие документы подготовить, сколько это стоит и когда будет готово.',
    'note-check': 'Это займёт около 2 минут. Ваши ответы не покидают браузер. Оформляете нескольких человек?',
    'link-team': 'План для команды',
    'h1-team': 'Спланируйте оформление для команды',
    'intro-team':
      'Для работодателей, которые привлекают нескольких работников, экспертов или членов совета директоров: добавьте каждого, ответьте на вопросы и увидите услуги, расходы и сроки готовности каждого и общую сумму по команде. Её можно скачать таблицей или распечатать.',
    'note-team': 'Имена и ответы не покидают ваш браузер.',
    'link-check': 'Проверить одного человека',
    disclaimer:
      'Составлено по руководству по услугам Экспат-центра МФЦА (2025). Руководство и решение Центра имеют приоритет над этим инструментом.',
    place: 'Экспат-центр МФЦА, Астана, Казахстан',
    'link-embed': 'Разместить проверку на своём сайте',
  },
  kk: {
    'title-check': 'Қандай қызмет қажет екенін тексеріңіз – АХҚО Экспат орталығы',
    'title-team': 'Команданың жоспары – АХҚО Экспат орталығы',
    skip: 'Негізгі мазмұнға өту',
    'site-name': 'АХҚО Экспат орталығы',
    tagline: '«Астана» халықаралық қаржы орталығы',
    'h1-check': 'Қандай қызмет қажет екенін тексеріңіз',
    'intro-check':
      'Бірнеше сұраққа жауап беріп, сізге немесе қызметкеріңізге АХҚО Экспат орталығының қай визасы, рұқсаты немесе басқа қызметі қажет екенін, қандай құжаттар дайындау керектігін, құны қанша екенін және қашан дайын болатынын біліңіз.',
    'note-check': 'Шамамен 2 минут алады. Енгізген деректеріңіз браузеріңізден шықпайды. Бірнеше адамды жоспарлап жатырсыз ба?',
    'link-team': 'Команданың жоспары',
    'h1-team': 'Команданың өтінімдерін жоспарлаңыз',
    'intro-team':
      'Бірнеше қызметкерді, сарапшыны немесе директорлар кеңесінің мүшелерін тартатын жұмыс берушілерге: әр адамды қосып, сұрақтарға жауап беріңіз де, әрқайсысының қызметтерін, шығындарын, дайын болу күндерін және команданың жалпы сомасын көріңіз. Кесте ретінде жүктеп алуға немесе басып шығаруға болады.',
    'note-team': 'Аттар мен жауаптар браузеріңізден шықпайды.',
    'link-check': 'Бір адамды ғана тексеру',
    disclaimer:
      'АХҚО Экспат орталығы қызметтерінің нұсқаулығы (2025) негізінде жасалған. Нұсқаулық пен Орталықтың шешімі осы құралдан басым.',
    place: 'АХҚО Экспат орталығы, Астана, Қазақстан',
    'link-embed': 'Тексеру құралын сайтыңызға орнату',
  },
};

/** Writes the page's words in `lang` (a language the page has; any other leaves it as it is). */
function show(lang) {
  const words = TEXTS[lang];
  if (!words) return;
  document.documentElement.lang = lang;
  const title = document.querySelector('title[data-text]');
  if (title) document.title = words[title.dataset.text];
  for (const el of document.querySelectorAll('body [data-text]')) el.textContent = words[el.dataset.text];
}

/** The language a widget on the page is drawn in (the eligibility widget's `state`, the planner's `lang`). */
function langOf(el) {
  return el.localName === 'aifc-eligibility' ? el.state?.lang : el.lang;
}

document.addEventListener('aifc-language', (e) => show(e.detail.lang));
// The first screen: the language a shared link or the attribute gave.
for (const type of ['aifc-question', 'aifc-outcome']) document.addEventListener(type, (e) => show(langOf(e.target)));
for (const name of ['aifc-eligibility', 'aifc-team-planner']) {
  customElements.whenDefined(name).then(() => {
    const el = document.querySelector(name);
    if (el) show(langOf(el));
  });
}
