// The engine (the wasm package), loaded once for every widget on the page. The wasm download
// starts at once, beside the glue's.

let loading = null;

/** The package beside the widget's module (`base`): a promise, shared by every instance. */
export function loadEngine(base) {
  loading ??= (async () => {
    const wasm = fetch(new URL('./pkg/aifc_eligibility_bg.wasm', base));
    wasm.catch(() => {}); // a failure surfaces through init below
    const pkg = await import(new URL('./pkg/aifc_eligibility.js', base).href);
    // A Response promise: the glue instantiates it with WebAssembly.instantiateStreaming.
    await pkg.default({ module_or_path: wasm });
    return pkg;
  })();
  loading.catch(() => {}); // each instance reports a failure as an `error` event
  return loading;
}
