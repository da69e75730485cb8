// "Use my location" on the complaint form: fills latitude and longitude from the phone's GPS (Geolocation
// API). Without the API, or when the person refuses, the fields can still be typed.
(function () {
  var button = document.getElementById('use-gps');
  if (!button || !('geolocation' in navigator)) {
    return;
  }
  button.classList.remove('d-none');
  var help = document.getElementById('location-help');
  button.addEventListener('click', function () {
    var label = button.textContent;
    button.disabled = true;
    button.textContent = button.getAttribute('data-locating');
    navigator.geolocation.getCurrentPosition(function (position) {
      document.getElementById('latitude').value = position.coords.latitude.toFixed(6);
      document.getElementById('longitude').value = position.coords.longitude.toFixed(6);
      button.disabled = false;
      button.textContent = label;
    }, function () {
      button.disabled = false;
      button.textContent = label;
      help.textContent = button.getAttribute('data-failed');
    }, { enableHighAccuracy: true, timeout: 20000, maximumAge: 60000 });
  });
}());
