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
