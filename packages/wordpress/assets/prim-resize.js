/* PRIM embeds: an iframe of embed.html posts {type:'prim:height',height}; its frame takes that height. */
addEventListener('message', function (e) {
  var d = e.data;
  if (!d || d.type !== 'prim:height' || !(d.height > 0)) return;
  document.querySelectorAll('iframe').forEach(function (f) {
    if (f.contentWindow === e.source) f.style.height = Math.ceil(d.height) + 'px';
  });
});
