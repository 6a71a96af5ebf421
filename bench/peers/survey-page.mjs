// The peer page: the first three questions of our flow (need, location, citizenship) as a
// SurveyJS form, with its framework-free renderer (survey-js-ui), one question per page, in
// English. esbuild bundles this file into one minified module for the benchmark's server
// (bench/peers.mjs); survey.css bundles SurveyJS's stylesheet. Benchmark only: never shipped.
//
// Texts and options are our engine's English ones; the countries are named in the browser with
// Intl.DisplayNames, as our widget names them, so neither ships country names.

import { Model } from 'survey-core';
import { renderSurvey } from 'survey-js-ui';

/** ISO 3166-1 alpha-2, as src/flow/countries.rs lists them. */
const ISO =
  'ADAEAFAGAIALAMAOAQARASATAUAWAXAZBABBBDBEBFBGBHBIBJBLBMBNBOBQBRBSBTBVBWBYBZ' +
  'CACCCDCFCGCHCICKCLCMCNCOCRCUCVCWCXCYCZDEDJDKDMDODZECEEEGEHERESETFIFJFKFMFO' +
  'FRGAGBGDGEGFGGGHGIGLGMGNGPGQGRGSGTGUGWGYHKHMHNHRHTHUIDIEILIMINIOIQIRISITJE' +
  'JMJOJPKEKGKHKIKMKNKPKRKWKYKZLALBLCLILKLRLSLTLULVLYMAMCMDMEMFMGMHMKMLMMMNMO' +
  'MPMQMRMSMTMUMVMWMXMYMZNANCNENFNGNINLNONPNRNUNZOMPAPEPFPGPHPKPLPMPNPRPSPTPW' +
  'PYQARERORSRURWSASBSCSDSESGSHSISJSKSLSMSNSOSRSSSTSVSXSYSZTCTDTFTGTHTJTKTLTM' +
  'TNTOTRTTTVTWTZUAUGUMUSUYUZVAVCVEVGVIVNVUWFWSYEYTZAZMZW';
const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
const countries = ISO.match(/../g)
  .map((code) => ({ value: code, text: names.of(code) }))
  .sort((a, b) => a.text.localeCompare(b.text, 'en'));

const json = {
  questionsOnPageMode: 'questionPerPage',
  showQuestionNumbers: 'off',
  showProgressBar: 'top',
  pages: [
    {
      elements: [
        {
          type: 'radiogroup',
          name: 'need',
          title: 'What do you need from the AIFC Expat Centre?',
          description: 'Choose the closest purpose. You can go back and change any answer.',
          isRequired: true,
          choices: [
            { value: 'work', text: 'Work in the AIFC (work visa or temporary residence permit)' },
            { value: 'invest', text: 'Invest (investor visa)' },
            { value: 'business-visit', text: 'A single business trip' },
            { value: 'business-multi', text: 'Repeated business trips' },
            { value: 'residence-permit', text: 'A residence permit' },
            { value: 'extend', text: 'Extend a visa' },
            { value: 'cancel', text: 'Cancel a visa' },
            { value: 'arrival-notification', text: 'Notification on arrival or change of address' },
            { value: 'iin', text: 'Individual Identification Number (IIN)' },
            { value: 'tax-residency', text: 'Tax Residency Certificate' },
            { value: 'digital-signature', text: 'Electronic digital signature (EDS)' },
            { value: 'fingerprinting', text: 'Fingerprinting' },
            { value: 'qualification-exemption', text: 'Exemption from or modification of the AIFC qualification requirements' },
          ],
        },
        {
          type: 'radiogroup',
          name: 'location',
          title: 'Where is the foreign national now?',
          description:
            'The person the visa, permit or service is for. Some services are applied for before arrival, others inside Kazakhstan.',
          isRequired: true,
          choices: [
            { value: 'inside', text: 'In Kazakhstan' },
            { value: 'outside', text: 'Outside Kazakhstan' },
          ],
        },
        {
          type: 'dropdown',
          name: 'citizenship',
          title: "What is the foreign national's citizenship?",
          description: 'Citizens of CIS and EAEU countries may need a temporary residence permit instead of a work visa.',
          isRequired: true,
          choices: countries,
        },
      ],
    },
  ],
};

const survey = new Model(json);
window.survey = survey;
renderSurvey(survey, document.getElementById('survey'));
