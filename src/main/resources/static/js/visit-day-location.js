// Lets a worker share their location with "On my way", "Check in" and "Check out". Without this
// script (or without the Geolocation API) the forms work the same, with no location. The checkbox is
// shown only here; when it is ticked the browser asks for the position, and the form is sent with it,
// or without it if the worker says no or it takes too long.
(function () {
  if (!('geolocation' in navigator)) {
    return;
  }
  document.querySelectorAll('form[data-share-location]').forEach(function (form) {
    var choice = form.querySelector('[data-location="choice"]');
    var share = form.querySelector('[data-location="share"]');
    if (!choice || !share) {
      return;
    }
    choice.hidden = false;
    var located = false;
    form.addEventListener('submit', function (event) {
      if (!share.checked || located) {
        return;
      }
      event.preventDefault();
      var send = function () {
        located = true;
        form.submit();
      };
      navigator.geolocation.getCurrentPosition(function (position) {
        form.querySelector('[data-location="lat"]').value = position.coords.latitude.toFixed(6);
        form.querySelector('[data-location="lng"]').value = position.coords.longitude.toFixed(6);
        send();
      }, send, { timeout: 10000, maximumAge: 60000 });
    });
  });
})();
