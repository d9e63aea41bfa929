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
