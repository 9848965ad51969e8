// Tells the server the visitor's time zone, so that session times can show the visitor's own
// clock time beside the workspace's when the two differ. Read only for display.
(function () {
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone) {
        document.cookie = 'atelier_tz=' + encodeURIComponent(zone) + ';path=/;max-age=31536000;samesite=lax';
    }
})();
