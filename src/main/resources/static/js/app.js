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
  // On phones the main menu folds behind its "Menu" button (the CSS folds it only once this runs).
  const toggle = document.querySelector('.nav-toggle');
  const nav = document.getElementById('mainnav');
  if (toggle && nav) {
    toggle.closest('.topbar').classList.add('folding');
    toggle.hidden = false;
    const show = (open) => { nav.classList.toggle('open', open); toggle.setAttribute('aria-expanded', String(open)); };
    toggle.addEventListener('click', () => show(!nav.classList.contains('open')));
    nav.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && nav.classList.contains('open')) { show(false); toggle.focus(); }
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

// Repeatable rows (a program's stages, an event's sessions, regions...): "add" copies the list's first row emptied, "remove"
// drops a row (the last one is emptied instead), and the rows are numbered again (stages[0], stages[1], ...) so the server
// binds them in order. Without script both buttons submit the form and the server answers it with the row added or removed.
document.addEventListener('DOMContentLoaded', () => {
  const MAX_ROWS = 30;
  const renumber = (list) => {
    const name = list.dataset.rows;
    const indexed = new RegExp(name + '\\[\\d+\\]', 'g');
    const id = new RegExp('^' + name + '\\d+'); // Thymeleaf's ids drop the brackets: stages0.name
    list.querySelectorAll('[data-row]').forEach((row, i) => {
      const now = name + '[' + i + ']';
      row.querySelectorAll('*').forEach((el) => {
        ['name', 'id', 'for'].forEach((attr) => {
          const value = el.getAttribute(attr);
          if (value && value.includes(name + '[')) el.setAttribute(attr, value.replace(indexed, now));
          else if (value && attr !== 'name' && id.test(value)) el.setAttribute(attr, value.replace(id, name + i));
        });
        // the region picker names its row in hidden inputs that htmx sends back
        if (el.type === 'hidden' && (el.name === 'field' || el.name === 'prefix')) el.value = el.value.replace(indexed, now);
        if (el.hasAttribute('data-row-remove')) el.value = name + ':' + i;
      });
    });
  };
  const empty = (row) => {
    // a copied region picker keeps only its first level, nothing chosen
    row.querySelectorAll('.region-picker').forEach((picker) => {
      picker.querySelectorAll('label').forEach((label, i) => { if (i > 0) label.remove(); });
    });
    row.querySelectorAll('input, select, textarea').forEach((el) => {
      if (el.type === 'hidden' && (el.name === 'field' || el.name === 'prefix')) return;
      if (el.tagName === 'SELECT') el.selectedIndex = 0; else el.value = '';
      el.classList.remove('invalid');
    });
    row.querySelectorAll('small.error').forEach((error) => { error.textContent = ''; });
  };
  document.addEventListener('click', (event) => {
    const button = event.target.closest('[data-row-add], [data-row-remove]');
    const list = button && button.closest('[data-rows]');
    if (!list) return;
    event.preventDefault();
    const rows = list.querySelectorAll('[data-row]');
    if (button.hasAttribute('data-row-add')) {
      if (rows.length >= MAX_ROWS) return;
      const copy = rows[0].cloneNode(true);
      empty(copy);
      rows[rows.length - 1].after(copy);
      renumber(list);
      if (window.htmx) window.htmx.process(copy);
      const first = copy.querySelector('input:not([type=hidden]), select');
      if (first) first.focus();
    } else {
      const row = button.closest('[data-row]');
      if (rows.length === 1) empty(row); else row.remove();
      renumber(list);
    }
  });
});

// A region picker sends its choice in a hidden field that the server's re-rendered picker fills in; a form sent before
// that answer arrives (a slow connection, a quick hand) must still carry the region just chosen, not the one before.
document.addEventListener('change', (event) => {
  const select = event.target;
  const picker = select instanceof HTMLSelectElement ? select.closest('.region-picker') : null;
  const chosen = picker ? picker.querySelector('input.region-value') : null;
  if (!chosen) return;
  const levels = [...picker.querySelectorAll('select')];
  const above = levels[levels.indexOf(select) - 1];
  chosen.value = select.value || (above ? above.value : '');
});
