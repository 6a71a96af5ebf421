// json-rules-engine and the routing rules as one module for the benchmark's Chromium page.
export { Engine } from 'json-rules-engine';
export { ROUTING_RULES, routingEngine, route, typedFacts } from './rules.mjs';
