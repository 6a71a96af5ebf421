// bench/RESULTS.md holds the benchmark's figures (the README links to it). Each run of
// bench/run.mjs replaces the section between the two markers below with what it printed, so the
// latest figures are always the benchmark's own; the rest of the file (the recorded runs, the
// analyses) is written by hand and kept.

import fs from 'node:fs';

export const BEGIN = '<!-- bench/run.mjs: the latest run, written by the benchmark; edits here are overwritten -->';
export const END = '<!-- bench/run.mjs: end of the latest run -->';

/** `text` (the file) with the section between the markers replaced by `section`. */
export function withLatestRun(text, section) {
  const start = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`bench/RESULTS.md has lost its markers: ${BEGIN} ... ${END}`);
  return `${text.slice(0, start + BEGIN.length)}\n${section.trim()}\n${text.slice(end)}`;
}

/** Writes `section` (markdown) as the latest run into `file`. */
export function writeLatestRun(file, section) {
  fs.writeFileSync(file, withLatestRun(fs.readFileSync(file, 'utf8'), section));
}
