// Where it happened, on the complaint form. The latitude and longitude fields can always be typed; this
// script adds two ways to fill them in:
// - "Use my location" fills them from the phone's GPS (Geolocation API), when the browser has it;
// - a map (Leaflet with the configured tiles, OpenStreetMap's by default) where a tap or click sets the
//   point, shown only while the browser is online and Leaflet has loaded. Typing coordinates or using the
//   GPS moves the map's marker too; emptying both fields removes it.
(function () {
  var latitude = document.getElementById('latitude');
  var longitude = document.getElementById('longitude');
  if (!latitude || !longitude) {
    return;
  }
  var point = null;

  function typed() {
    var lat = parseFloat(latitude.value.replace(',', '.'));
    var lon = parseFloat(longitude.value.replace(',', '.'));
    return isNaN(lat) || isNaN(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180 ? null : [lat, lon];
  }

  function fill(lat, lon) {
    latitude.value = lat.toFixed(6);
    longitude.value = lon.toFixed(6);
    if (point) {
      point.show(lat, lon);
    }
  }

  var element = document.getElementById('location-map');
  if (element && typeof L !== 'undefined' && navigator.onLine !== false) {
    element.classList.remove('d-none');
    document.getElementById('location-map-help').classList.remove('d-none');
    var map = L.map(element, { scrollWheelZoom: false }).setView(
      [parseFloat(element.getAttribute('data-latitude')), parseFloat(element.getAttribute('data-longitude'))],
      parseInt(element.getAttribute('data-zoom'), 10));
    L.tileLayer(element.getAttribute('data-tiles'), {
      maxZoom: 19,
      attribution: element.getAttribute('data-attribution'),
      // the tile server's policy asks for the site that shows its tiles; the form's address is all it gets
      referrerPolicy: 'strict-origin-when-cross-origin'
    }).addTo(map);
    var marker = null;
    point = {
      show: function (lat, lon) {
        if (marker) {
          marker.setLatLng([lat, lon]);
        } else {
          marker = L.marker([lat, lon], { alt: element.getAttribute('data-marker'), keyboard: false }).addTo(map);
        }
        map.setView([lat, lon], Math.max(map.getZoom(), 14));
      },
      clear: function () {
        if (marker) {
          map.removeLayer(marker);
          marker = null;
        }
      }
    };
    map.on('click', function (event) {
      fill(event.latlng.lat, event.latlng.lng);
    });
    var onTyping = function () {
      var at = typed();
      if (at) {
        point.show(at[0], at[1]);
      } else if (!latitude.value.trim() && !longitude.value.trim()) {
        point.clear();
      }
    };
    latitude.addEventListener('change', onTyping);
    longitude.addEventListener('change', onTyping);
    var start = typed();
    if (start) {
      point.show(start[0], start[1]);
    }
  }

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
      fill(position.coords.latitude, position.coords.longitude);
      button.disabled = false;
      button.textContent = label;
    }, function () {
      button.disabled = false;
      button.textContent = label;
      help.textContent = button.getAttribute('data-failed');
    }, { enableHighAccuracy: true, timeout: 20000, maximumAge: 60000 });
  });
}());
