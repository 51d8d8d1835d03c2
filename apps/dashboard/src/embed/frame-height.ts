/**
 * How an embedded widget and its host page agree on the iframe's height: embed.html posts
 * `{type: 'prim:height', height}` to its parent whenever its content changes height, and the
 * host page runs RESIZER_SCRIPT, which gives the sending iframe that height. No fixed height
 * clips a card on a phone, and the frame never needs scrollbars.
 */
export const HEIGHT_MESSAGE = 'prim:height';

/**
 * What the host page asks when its resizer starts: a frame that loaded before the resizer
 * (a slow page with the script in its footer) said its height to no one, so it says it again.
 */
export const HEIGHT_REQUEST = 'prim:height?';

/**
 * The host page's side, as classic script text: pasted under the builder's iframe snippet
 * and shipped as assets/prim-resize.js in the WordPress plugin. It only sets the height of
 * the iframe whose window sent the message, and only to a positive number.
 */
export const RESIZER_SCRIPT = `addEventListener('message', function (e) {
  var d = e.data;
  if (!d || d.type !== '${HEIGHT_MESSAGE}' || !(d.height > 0)) return;
  document.querySelectorAll('iframe').forEach(function (f) {
    if (f.contentWindow === e.source) f.style.height = Math.ceil(d.height) + 'px';
  });
});
document.querySelectorAll('iframe').forEach(function (f) {
  if (f.contentWindow) f.contentWindow.postMessage({ type: '${HEIGHT_REQUEST}' }, '*');
});`;

/**
 * The framed page's side: reports the document's height now, on every change and when the
 * host asks (HEIGHT_REQUEST). WordPress's
 * own embed protocol (`{message: 'height', value, secret}`) is spoken too when the address
 * carries the `#?secret=` that WordPress adds to the iframes it resizes.
 */
export function reportFrameHeight(win: Window = window): void {
  if (win.parent === win) return;
  const secret = /[#?&]secret=([A-Za-z0-9]+)/.exec(win.location.hash)?.[1];
  const root = win.document.documentElement;
  let last = 0;
  const send = () => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    win.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
    if (secret) win.parent.postMessage({ message: 'height', value: height, secret }, '*');
  };
  new ResizeObserver(send).observe(root);
  // Chromium pauses the rendering of a frame out of view, and with it the resize observer:
  // a frame below the fold would keep its loading height until scrolled to, then jump.
  // A widget's own events still fire there, and measuring lays the page out.
  for (const type of ['prim-load', 'prim-data', 'prim-error']) {
    win.document.addEventListener(type, () => queueMicrotask(send));
  }
  win.addEventListener('message', (e) => {
    if (e.source !== win.parent || (e.data as { type?: unknown } | null)?.type !== HEIGHT_REQUEST)
      return;
    last = 0;
    send();
  });
  send();
}
