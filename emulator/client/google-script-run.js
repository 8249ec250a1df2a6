// The client side of Apps Script's google.script.run, for a page served outside Apps Script: the
// sidebar's browser tests (test/sidebar/bridge.ts), and the offline playground over HTTP. Load it
// before the page's own script, after setting
//   window.__gsrFunctions = ['sidebarLoad', …]   the callable server functions
//   window.__gsrCall = (name, argsJson) => Promise<replyJson>
// where a reply is {"ok":true,"value":…} or {"ok":false,"error":{"name":…,"message":…}}.
// It mimics the documented client API (guides/html/reference/run): runners made by
// withSuccessHandler, withFailureHandler and withUserObject (the user object goes to either handler
// as its second argument, and is never sent), asynchronous calls, and the argument rule: numbers,
// booleans, strings, null, and plain objects and arrays of these; a Date, function or other object
// fails the call, even nested.
(() => {
  function illegal(value) {
    if (value === null || value === undefined) return false;
    const type = typeof value;
    if (type === 'number' || type === 'boolean' || type === 'string') return false;
    if (type !== 'object') return true;
    const proto = Object.getPrototypeOf(value);
    if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) return true;
    return Object.keys(value).some((key) => illegal(value[key]));
  }

  function reportFailure(failure, error, userObject) {
    if (failure) failure(error, userObject);
    else console.error(error);
  }

  function runner(success, failure, userObject) {
    const run = {
      withSuccessHandler: (handler) => runner(handler, failure, userObject),
      withFailureHandler: (handler) => runner(success, handler, userObject),
      withUserObject: (object) => runner(success, failure, object),
    };
    for (const name of window.__gsrFunctions || []) {
      if (name.endsWith('_')) continue; // private functions are not callable
      run[name] = (...args) => {
        args.forEach((arg, i) => {
          if (illegal(arg)) throw new Error(`Failed due to illegal value in property: ${i}`);
        });
        window.__gsrCall(name, JSON.stringify(args)).then(
          (text) => {
            const reply = JSON.parse(text);
            if (reply.ok) {
              if (success) success(reply.value, userObject);
              return;
            }
            const error = new Error(reply.error.message);
            error.name = reply.error.name;
            reportFailure(failure, error, userObject);
          },
          (error) => reportFailure(failure, error, userObject),
        );
      };
    }
    return run;
  }

  window.google = window.google || {};
  window.google.script = window.google.script || {};
  window.google.script.run = runner(null, null, undefined);
  window.google.script.host = {
    origin: window.location.origin,
    close() {},
    setHeight() {},
    setWidth() {},
    editor: { focus() {} },
  };
})();
