// Small progressive enhancements; every page works without them. No inline scripts (CSP).
document.addEventListener('DOMContentLoaded', () => {
  // Send the CSRF token with every htmx request (the token is on <meta name="_csrf">).
  const token = document.querySelector('meta[name="_csrf"]');
  const header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    document.body.addEventListener('htmx:configRequest', (event) => {
      event.detail.headers[header.content] = token.content;
    });
  }
  // Close the user menu when tapping elsewhere.
  document.addEventListener('click', (event) => {
    document.querySelectorAll('details.menu[open]').forEach((menu) => {
      if (!menu.contains(event.target)) menu.removeAttribute('open');
    });
  });
});

// "Use my current location" fills latitude/longitude from the phone's GPS when the user allows it.
document.addEventListener('DOMContentLoaded', () => {
  if (!('geolocation' in navigator)) return;
  document.querySelectorAll('.geo-fill').forEach((button) => {
    button.hidden = false;
    button.addEventListener('click', () => {
      navigator.geolocation.getCurrentPosition((position) => {
        const form = button.closest('form');
        form.querySelector('.geo-lat').value = position.coords.latitude.toFixed(6);
        form.querySelector('.geo-lon').value = position.coords.longitude.toFixed(6);
      });
    });
  });
});

// Forms marked data-draft keep what was typed in this browser until the server has it, so a
// dropped connection or a closed tab loses nothing. The hidden token makes a resubmit harmless.
document.addEventListener('DOMContentLoaded', () => {
  const cleared = document.querySelector('[data-clear-draft]');
  if (cleared && cleared.dataset.clearDraft) {
    Object.keys(localStorage).filter((k) => k.startsWith('draft:')).forEach((k) => {
      try {
        if (JSON.parse(localStorage.getItem(k)).token === cleared.dataset.clearDraft) localStorage.removeItem(k);
      } catch (e) { localStorage.removeItem(k); }
    });
  }
  document.querySelectorAll('form[data-draft]').forEach((form) => {
    const key = 'draft:' + form.dataset.draft;
    const fields = () => Array.from(form.elements).filter((el) => el.name && el.type !== 'file' && el.type !== 'hidden');
    const saved = localStorage.getItem(key);
    if (saved) {
      try {
        const draft = JSON.parse(saved);
        if (draft.token) form.querySelector('[name=token]').value = draft.token;
        fields().forEach((el, i) => {
          const value = draft.values[i];
          if (value === undefined) return;
          if (el.type === 'radio' || el.type === 'checkbox') el.checked = value; else el.value = value;
        });
      } catch (e) { localStorage.removeItem(key); }
    }
    const save = () => localStorage.setItem(key, JSON.stringify({
      token: form.querySelector('[name=token]').value,
      values: fields().map((el) => (el.type === 'radio' || el.type === 'checkbox') ? el.checked : el.value),
    }));
    form.addEventListener('input', save);
    form.addEventListener('change', save);
  });
});

// "Copy" next to a value shown once (a new API token): clipboard where allowed, otherwise the text is selected.
document.addEventListener('DOMContentLoaded', () => {
  document.querySelectorAll('button[data-copy]').forEach((button) => {
    const field = document.querySelector(button.dataset.copy);
    if (!field) return;
    field.addEventListener('focus', () => field.select());
    button.addEventListener('click', () => {
      field.select();
      const done = () => { button.textContent = button.dataset.copied || button.textContent; };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(field.value).then(done, () => {});
      } else if (document.execCommand && document.execCommand('copy')) {
        done();
      }
    });
  });
});

// Progressive questions: an element with data-show-if="field=A|B" shows only while the form's
// field (a select, radio or checkbox group) holds one of the values; "field=*" while it holds any.
// Without script every question shows, so nothing depends on it.
document.addEventListener('DOMContentLoaded', () => {
  const conditional = Array.from(document.querySelectorAll('[data-show-if]'));
  if (!conditional.length) return;
  const values = (form, name) => Array.from(form.elements)
    .filter((el) => el.name === name && (!['checkbox', 'radio'].includes(el.type) || el.checked))
    .map((el) => el.value).filter((v) => v !== '');
  const update = () => conditional.forEach((el) => {
    const form = el.closest('form');
    if (!form) return;
    const [name, wanted] = el.dataset.showIf.split('=');
    const held = values(form, name);
    el.hidden = !(wanted === '*' ? held.length > 0 : held.some((v) => wanted.split('|').includes(v)));
  });
  document.addEventListener('change', update);
  update();
});

// A button marked data-print prints the page (the permit self-check's summary); it stays hidden without script.
document.addEventListener('DOMContentLoaded', () => {
  document.querySelectorAll('button[data-print]').forEach((button) => {
    button.hidden = false;
    button.addEventListener('click', () => window.print());
  });
});

// A GET form marked data-compact-get leaves out empty answers and questions that are hidden (data-show-if), so the
// result's address holds only what was answered and stays short enough to share.
document.addEventListener('DOMContentLoaded', () => {
  document.querySelectorAll('form[data-compact-get]').forEach((form) => {
    form.addEventListener('submit', () => {
      Array.from(form.elements).forEach((el) => {
        if (!el.name) return;
        if (el.value === '' || el.closest('[hidden]')) el.disabled = true;
      });
    });
    // back from the result page: the browser may restore the form with those fields still disabled
    window.addEventListener('pageshow', () => Array.from(form.elements).forEach((el) => { el.disabled = false; }));
  });
});
