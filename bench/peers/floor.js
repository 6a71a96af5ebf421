// The floor of the page-load measure: a widget that costs nothing. The benchmark serves our demo
// page with this module where the widget's entry was (bench/peers/serve.mjs, floor.html): one
// request for a script of a few hundred bytes that draws our first question's heading, nothing
// else, the way the paint probe finds ours. What ours takes beyond this is what our widget costs;
// this is what the page, the network profile and the browser cost any widget. Benchmark only.
customElements.define(
  'aifc-eligibility',
  class extends HTMLElement {
    connectedCallback() {
      const heading = document.createElement('h2');
      heading.className = 'question-title';
      heading.textContent = 'What do you need from the AIFC Expat Centre?';
      this.attachShadow({ mode: 'open' }).append(heading);
    }
  },
);
