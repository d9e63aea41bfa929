// Inspection form: every answer is saved on change (htmx). Two ways an answer could be lost are
// closed here: a tap before htmx finished loading on a slow phone (sent once the page is ready),
// and a save that fails because the signal dropped (the item is marked unsaved and sent again as
// soon as the phone is back online). No inline scripts (CSP); the page works without this file.
document.addEventListener('DOMContentLoaded', () => {
  const send = (form) => { if (window.htmx) window.htmx.trigger(form, 'change'); };

  // htmx processed the page before this handler runs; anything changed earlier went unsent
  document.querySelectorAll('form.answer-form').forEach((form) => {
    const radios = Array.from(form.querySelectorAll('input[type=radio]'));
    const note = form.querySelector('textarea');
    if (radios.some((r) => r.checked !== r.defaultChecked) || (note && note.value !== note.defaultValue)) send(form);
  });

  const failed = (event) => {
    const item = event.target.closest && event.target.closest('li.item');
    if (item) item.classList.add('unsaved');
  };
  document.body.addEventListener('htmx:sendError', failed);
  document.body.addEventListener('htmx:responseError', failed);
  document.body.addEventListener('htmx:afterRequest', (event) => {
    const item = event.target.closest && event.target.closest('li.item');
    if (item && event.detail.successful) item.classList.remove('unsaved');
  });
  window.addEventListener('online', () => {
    document.querySelectorAll('li.item.unsaved form.answer-form').forEach(send);
  });
});
