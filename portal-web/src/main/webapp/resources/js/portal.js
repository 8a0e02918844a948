/*
 * The menu button of narrow screens (phones in the field): the menu stays folded away until asked
 * for, so it does not fill a third of the screen. An external file, so that a Content-Security-Policy
 * without inline scripts still allows it.
 */
(function () {
  function wire() {
    var toggle = document.getElementById("menuToggle");
    var menu = document.getElementById("menuForm");
    if (!toggle || !menu || toggle.dataset.wired) {
      return;
    }
    toggle.dataset.wired = "true";
    var text = toggle.querySelector(".portal-menu-toggle-text");
    toggle.addEventListener("click", function () {
      var open = !document.body.classList.contains("portal-menu-open");
      document.body.classList.toggle("portal-menu-open", open);
      toggle.setAttribute("aria-expanded", String(open));
      var label = open ? toggle.dataset.labelClose : toggle.dataset.labelOpen;
      toggle.title = label;
      if (text) {
        text.textContent = label;
      }
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", wire);
  } else {
    wire();
  }
})();

/*
 * 走访定位: the check-in button of the visit form asks the browser's location service once and puts
 * the reading into the form's hidden fields; the server validates and keeps it with the visit.
 * Delegated from the document, because the form is re-rendered by ajax.
 */
(function () {
  function format(pattern, values) {
    return pattern.replace(/\{(\d)\}/g, function (_, i) {
      return values[Number(i)];
    });
  }
  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest(".portal-locate") : null;
    if (!button) {
      return;
    }
    var field = button.closest(".portal-locate-field");
    var live = field.querySelector(".portal-locate-live");
    function input(suffix) {
      return field.querySelector('input[id$=":' + suffix + '"]');
    }
    if (!navigator.geolocation) {
      live.textContent = button.dataset.unavailable;
      return;
    }
    live.textContent = button.dataset.locating;
    navigator.geolocation.getCurrentPosition(
      function (position) {
        var c = position.coords;
        input("latitude").value = c.latitude.toFixed(6);
        input("longitude").value = c.longitude.toFixed(6);
        input("accuracy").value = String(Math.round(c.accuracy));
        field.querySelectorAll(".portal-locate-text:not(.portal-locate-live)").forEach(function (old) {
          old.remove();
        });
        live.textContent = format(button.dataset.located, [
          c.latitude.toFixed(6),
          c.longitude.toFixed(6),
          Math.round(c.accuracy)
        ]);
      },
      function (error) {
        live.textContent =
          error.code === error.PERMISSION_DENIED ? button.dataset.denied : button.dataset.unavailable;
      },
      { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 }
    );
  });
})();

/* The camera button of visit files: a phone opens its camera instead of the gallery. */
(function () {
  function cameraInputs() {
    document.querySelectorAll(".portal-camera input[type=file]").forEach(function (input) {
      input.setAttribute("accept", "image/*");
      input.setAttribute("capture", "environment");
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", cameraInputs);
  } else {
    cameraInputs();
  }
  if (window.jQuery) {
    window.jQuery(document).on("pfAjaxComplete", cameraInputs);
  }
})();
