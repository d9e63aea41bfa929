// The door scanner: reads participants' QR codes with the phone camera. Where the browser has a QR
// reader (BarcodeDetector, e.g. Chrome on Android) it reads locally; elsewhere it sends a small
// camera frame to the server, which reads it. Typing the short code always works without this.
document.addEventListener('DOMContentLoaded', () => {
  const box = document.querySelector('.scanner');
  if (!box || !navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) return;
  const start = box.querySelector('.scan-start');
  const video = box.querySelector('.scan-video');
  const canvas = box.querySelector('.scan-canvas');
  const url = box.dataset.scanUrl;
  const token = document.querySelector('meta[name="_csrf"]');
  const header = document.querySelector('meta[name="_csrf_header"]');
  const detector = ('BarcodeDetector' in window) ? new window.BarcodeDetector({ formats: ['qr_code'] }) : null;
  let busy = false;
  let lastToken = null;
  // which code the server last checked in from a frame: the same ticket still in view is not news
  let lastRead = null;
  start.hidden = false;

  const parse = (html) => {
    const holder = document.createElement('div');
    holder.innerHTML = html;
    return holder.querySelector('#result');
  };

  const show = (fresh) => {
    const result = document.getElementById('result');
    if (fresh && result) result.replaceWith(fresh);
    return fresh;
  };

  const post = async (body) => {
    const headers = { 'HX-Request': 'true' };
    if (token && header) headers[header.content] = token.content;
    const response = await fetch(url, { method: 'POST', body, headers, credentials: 'same-origin' });
    return parse(await response.text());
  };

  const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

  const tick = async () => {
    if (busy || video.readyState < 2) return;
    busy = true;
    try {
      if (detector) {
        const codes = await detector.detect(video);
        if (codes.length && codes[0].rawValue !== lastToken) {
          lastToken = codes[0].rawValue;
          const body = new FormData();
          body.append('token', lastToken);
          show(await post(body));
          await pause(1500);
        }
      } else {
        const scale = Math.min(1, 640 / video.videoWidth);
        canvas.width = Math.round(video.videoWidth * scale);
        canvas.height = Math.round(video.videoHeight * scale);
        canvas.getContext('2d').drawImage(video, 0, 0, canvas.width, canvas.height);
        const blob = await new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.8));
        const body = new FormData();
        body.append('frame', blob, 'frame.jpg');
        const fresh = await post(body);
        if (!fresh || fresh.querySelector('[data-no-code]')) return;
        const read = fresh.dataset.read || null;
        // the person just checked in is still holding up the ticket: keep their green line, do not say "already"
        if (read && read === lastRead && !fresh.querySelector('[data-checked-in]')) return;
        show(fresh);
        if (fresh.querySelector('[data-checked-in]')) lastRead = read;
        // after a check-in (or a refusal) give the next person time to step up
        await pause(2000);
      }
    } catch (e) {
      // a frame that fails is simply skipped; the typed code remains
    } finally {
      busy = false;
    }
  };

  start.addEventListener('click', async () => {
    try {
      video.srcObject = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
      await video.play();
      video.hidden = false;
      box.querySelector('.scan-hint').hidden = false;
      start.hidden = true;
      setInterval(tick, detector ? 300 : 900);
    } catch (e) {
      start.disabled = true;
    }
  });
});
