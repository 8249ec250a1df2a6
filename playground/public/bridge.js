// Loaded after emulator/client/google-script-run.js (the emulator's page-side google.script.run, which
// the sidebar's browser tests use too) inside the playground's sidebar and dialogs: its calls go over
// HTTP to the real build/Code.js on the playground server, and the page hears when the sheet may have
// changed or the add-on closed its panel.
(() => {
  const tell = (message) => {
    if (window.parent !== window) window.parent.postMessage({ playground: message }, location.origin);
  };
  const offline = JSON.stringify({
    ok: false,
    error: { name: 'NetworkError', message: 'The playground server is not running (npm start).' },
  });

  window.__gsrCall = (name, argsJson) =>
    fetch('/api/run', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: `{"name":${JSON.stringify(name)},"args":${argsJson}}`,
    })
      .then((response) => response.text())
      .catch(() => offline)
      .then((reply) => {
        tell('changed');
        return reply;
      });

  window.google.script.host.close = () => tell('close');
})();
