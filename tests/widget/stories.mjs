// Visitors' stories: the answers each one gives, fact by fact, kept in stories.json, which the
// native tests read too: tests/rules/stories.rs records each story's outcome on the widget tests'
// day in tests/expected/stories.txt, the widget tests' expected outcome (expectedOutcome() in
// helpers.mjs). The widget must ask exactly these questions and end at the outcome recorded.

import fs from 'node:fs';

/** `[{name, about, answers}]`: each story's name, what it is about, and its answers (fact -> value). */
export const STORIES = JSON.parse(fs.readFileSync(new URL('./stories.json', import.meta.url), 'utf8'));

const answersOf = Object.fromEntries(STORIES.map((s) => [s.name, s.answers]));

export const {
  WORK_VISA_FROM_ABROAD,
  WORK_VISA_INSIDE,
  CIS_RESIDENCE_PERMIT,
  SINGLE_ENTRY_INSIDE,
  A6_INVESTOR,
  B3_MULTI_ENTRY_INSIDE,
  WORK_VISA_EXTENSION,
  CANCELLATION_INSIDE,
  IIN,
  QUALIFICATION_EXEMPTION_FIRST,
} = answersOf;

// What the widget must say, written out here (not asked of the package the widget runs): the
// first question and its options, and the question after need, location and citizenship.

export const FIRST_QUESTION = {
  en: 'What do you need from the AIFC Expat Centre?',
  ru: 'Что вам нужно в Экспат-центре МФЦА?',
  kk: 'АХҚО Экспат орталығынан сізге не қажет?',
};

export const FIRST_OPTIONS = {
  en: [
    'Work in the AIFC (work visa or temporary residence permit)',
    'Invest (investor visa)',
    'A single business trip',
    'Repeated business trips',
    'A residence permit',
    'Extend a visa or a temporary residence permit',
    'Cancel a visa',
    'Notification on arrival or change of address',
    'Individual Identification Number (IIN)',
    'Tax Residency Certificate',
    'Electronic digital signature (EDS)',
    'Fingerprinting',
    'Exemption from or modification of the AIFC qualification requirements',
  ],
  ru: [
    'Работа в МФЦА (рабочая виза или разрешение на временное проживание)',
    'Инвестиции (инвесторская виза)',
    'Разовая деловая поездка',
    'Многократные деловые поездки',
    'Вид на жительство',
    'Продлить визу или разрешение на временное проживание',
    'Аннулировать визу',
    'Уведомление о прибытии или смене адреса',
    'Индивидуальный идентификационный номер (ИИН)',
    'Сертификат налогового резидентства',
    'Электронная цифровая подпись (ЭЦП)',
    'Дактилоскопическая регистрация',
    'Освобождение от квалификационных требований МФЦА или их изменение',
  ],
  kk: [
    'АХҚО-да жұмыс (жұмыс визасы немесе уақытша тұруға рұқсат)',
    'Инвестиция (инвесторлық виза)',
    'Біржолғы іскерлік сапар',
    'Бірнеше іскерлік сапар',
    'Тұруға ықтиярхат',
    'Визаны немесе уақытша тұруға рұқсатты ұзарту',
    'Визаның күшін жою',
    'Келу немесе мекенжайды өзгерту туралы хабарлама',
    'Жеке сәйкестендіру нөмірі (ЖСН)',
    'Салық резидентінің сертификаты',
    'Электрондық цифрлық қолтаңба (ЭЦҚ)',
    'Дактилоскопиялық тіркеу',
    'АХҚО біліктілік талаптарынан босату немесе оларды өзгерту',
  ],
};

/** After need=work, location=outside and a citizenship: employee or expert. */
export const ROLE_QUESTION = {
  en: 'Will the foreign national work as an employee or as an expert?',
  ru: 'В каком качестве будет работать иностранный гражданин: как работник или как эксперт?',
  kk: 'Шетел азаматы қызметкер ретінде жұмыс істей ме, әлде сарапшы ретінде ме?',
};

/** The answers need=work and location=outside as the summary reads them in Russian. */
export const WORK_OUTSIDE_RU = ['Работа в МФЦА (рабочая виза или разрешение на временное проживание)', 'За пределами Казахстана'];

/** The Centre's contacts (the guide's), hours and address in each language. */
export const OFFICE = {
  hours: { en: '09:00–18:00, lunch 13:00–14:00', ru: '09:00–18:00, обед 13:00–14:00', kk: '09:00–18:00, түскі үзіліс 13:00–14:00' },
  phones: [
    { number: '+7 (7172) 64 73 33', tel: 'tel:+77172647333', hours: '09:00–18:00' },
    { number: '+7 (7172) 64 73 40', tel: 'tel:+77172647340', hours: '14:30–18:00' },
    { number: '+7 (7172) 64 72 99', tel: 'tel:+77172647299', hours: '14:30–18:00' },
    { number: '+7 (7172) 64 72 61', tel: 'tel:+77172647261', hours: '14:30–18:00' },
  ],
  email: 'expat@aifc.kz',
};

/** The Centre's address, in each language. */
export const OFFICE_ADDRESS = {
  en: '55/18 Mangilik El Avenue, pavilion C3.3, Astana 010017, Kazakhstan',
  ru: 'проспект Мангилик Ел, 55/18, павильон C3.3, г. Астана, 010017, Казахстан',
  kk: 'Мәңгілік Ел даңғылы 55/18, C3.3 павильоны, Астана қ., 010017, Қазақстан',
};

/** The questions of a work journey's start, by the fact each asks for. */
export const QUESTIONS = {
  need: FIRST_QUESTION,
  location: {
    en: 'Where is the foreign national now?',
    ru: 'Где сейчас находится иностранный гражданин?',
    kk: 'Шетел азаматы қазір қайда?',
  },
  citizenship: {
    en: "What is the foreign national's citizenship?",
    ru: 'Какое гражданство у иностранного гражданина?',
    kk: 'Шетел азаматының азаматтығы қандай?',
  },
  role: ROLE_QUESTION,
};

/** A CIS worker's journey in English after citizenship (CIS_RESIDENCE_PERMIT): each question, in order. */
export const CIS_WORK_QUESTIONS_EN = {
  stayDays: 'How many calendar days will the foreign national stay in Kazakhstan on this trip, from entry to departure?',
  role: ROLE_QUESTION.en,
  meetsQualifications: 'Does the employee meet the AIFC qualification requirements?',
  family: 'Are family members applying together with the foreign national?',
  branch: 'Is the host party a representative office or a branch?',
};
