// "(12:34 left)" beside the time a hold ends, counting down each second. The time itself stays in
// the text for screen readers; the ticking is hidden from them so it does not chatter.
(function () {
    function tick() {
        document.querySelectorAll('.countdown[data-until]').forEach(function (el) {
            var left = Math.max(0, Math.floor((Date.parse(el.dataset.until) - Date.now()) / 1000));
            var minutes = Math.floor(left / 60);
            var seconds = ('0' + (left % 60)).slice(-2);
            el.textContent = ' (' + el.dataset.label.replace('{0}', minutes + ':' + seconds) + ')';
        });
    }
    tick();
    setInterval(tick, 1000);
})();
