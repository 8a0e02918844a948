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

/*
 * Accessibility repairs of PrimeFaces' markup, after every load and ajax update: the cascade
 * select's trigger gets its field's name, a skinned file input is no longer hidden from assistive
 * technology while it can take the focus, a chart's canvas is named by its caption.
 */
(function () {
  function labelText(id) {
    var label = id && document.getElementById(id);
    return label ? label.textContent.trim() : "";
  }
  function repair() {
    document.querySelectorAll(".ui-cascadeselect-trigger:not([aria-label])").forEach(function (trigger) {
      var field = trigger.closest(".ui-cascadeselect");
      var input = field && field.querySelector("input[aria-labelledby]");
      var name = input ? labelText(input.getAttribute("aria-labelledby")) : "";
      trigger.setAttribute("aria-label", name || field.getAttribute("title") || "…");
    });
    document.querySelectorAll("input[type=file][aria-hidden=true]").forEach(function (input) {
      input.removeAttribute("aria-hidden");
      var button = input.closest(".ui-button");
      var text = button && button.querySelector(".ui-button-text");
      if (text && !input.hasAttribute("aria-label")) {
        input.setAttribute("aria-label", text.textContent.trim());
      }
    });
    document.querySelectorAll(".portal-chart canvas:not([aria-label])").forEach(function (canvas) {
      var caption = canvas.closest(".portal-chart").querySelector("figcaption");
      if (caption) {
        canvas.setAttribute("aria-label", caption.textContent.trim());
      }
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", repair);
  } else {
    repair();
  }
  if (window.jQuery) {
    window.jQuery(document).on("pfAjaxComplete", repair);
  }
})();

/*
 * Dialogs take the focus when they open (PrimeFaces focuses their first field), give it back to
 * what opened them when they close, and close with Esc.
 */
(function () {
  var Dialog = window.PrimeFaces && PrimeFaces.widget && PrimeFaces.widget.Dialog;
  if (!Dialog || Dialog.prototype.portalFocusReturn) {
    return;
  }
  var show = Dialog.prototype.show;
  var hide = Dialog.prototype.hide;
  Dialog.prototype.portalFocusReturn = true;
  // What had the focus before a dialog opened: an ajax button loses the focus while its request
  // runs, so the element is remembered when it gets the focus, not when the dialog shows.
  var lastOutside = null;
  document.addEventListener("focusin", function (event) {
    if (!event.target.closest(".ui-dialog")) {
      lastOutside = event.target.id || event.target;
    }
  });
  Dialog.prototype.show = function () {
    if (lastOutside) {
      this.portalOpener = lastOutside;
    }
    return show.apply(this, arguments);
  };
  Dialog.prototype.hide = function () {
    var result = hide.apply(this, arguments);
    var opener = this.portalOpener;
    this.portalOpener = null;
    if (opener) {
      var element = typeof opener === "string" ? document.getElementById(opener) : opener;
      if (element && document.contains(element)) {
        element.focus();
      }
    }
    return result;
  };
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") {
      return;
    }
    var open = Array.from(document.querySelectorAll(".ui-dialog")).filter(function (d) {
      return d.offsetParent !== null && getComputedStyle(d).visibility !== "hidden";
    });
    if (!open.length) {
      return;
    }
    var top = open.sort(function (a, b) {
      return (Number(getComputedStyle(b).zIndex) || 0) - (Number(getComputedStyle(a).zIndex) || 0);
    })[0];
    var widget = PrimeFaces.getWidgetById(top.id);
    if (widget && widget.hide) {
      event.preventDefault();
      widget.hide();
    }
  });
})();

/*
 * A signed-in session that is about to expire (WCAG 2.2.1): two minutes before the server's
 * limit, counted from the last time the person did something, a warning appears whose button
 * extends the session with a small request. Only in the staff template (#sessionWarning).
 */
function portalWhenReady(start) {
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
}

portalWhenReady(function () {
  var warning = document.getElementById("sessionWarning");
  if (!warning) {
    return;
  }
  var seconds = Number(warning.dataset.seconds) || 1800;
  var lead = Math.min(120, Math.floor(seconds / 4));
  var timer = null;
  function arm() {
    clearTimeout(timer);
    timer = setTimeout(function () {
      warning.hidden = false;
      warning.querySelector("button").focus();
    }, (seconds - lead) * 1000);
  }
  warning.querySelector("button").addEventListener("click", function () {
    fetch(warning.dataset.keepalive, { credentials: "same-origin", cache: "no-store" }).then(function () {
      warning.hidden = true;
      arm();
    });
  });
  ["keydown", "click"].forEach(function (kind) {
    document.addEventListener(kind, function (event) {
      if (warning.hidden || !warning.contains(event.target)) {
        arm();
      }
    });
  });
  if (window.jQuery) {
    window.jQuery(document).on("pfAjaxComplete", arm);
  }
  arm();
});

/*
 * The public write page keeps a half-written letter in this browser (WCAG 2.2.1: a time-out or a
 * closed tab loses nothing): the text fields are saved as they are typed, put back when the page
 * opens empty, and forgotten once the receipt shows the letter was sent. The ID number is never
 * kept.
 */
(function () {
  var KEY = "portal-letter-draft";
  var FIELDS = ["title", "content", "firmName", "writerName", "mobile"];
  function field(name) {
    return document.getElementById("letterForm:" + name);
  }
  function start() {
    if (document.querySelector(".portal-receipt")) {
      localStorage.removeItem(KEY);
      return;
    }
    if (!field("content")) {
      return;
    }
    var saved = {};
    try {
      saved = JSON.parse(localStorage.getItem(KEY) || "{}");
    } catch (e) {
      saved = {};
    }
    FIELDS.forEach(function (name) {
      var input = field(name);
      if (input && !input.value && saved[name]) {
        input.value = saved[name];
        input.dispatchEvent(new Event("input", { bubbles: true }));
      }
    });
    document.addEventListener("input", function (event) {
      if (!event.target.id || event.target.id.indexOf("letterForm:") !== 0) {
        return;
      }
      var draft = {};
      FIELDS.forEach(function (name) {
        var input = field(name);
        if (input && input.value) {
          draft[name] = input.value;
        }
      });
      localStorage.setItem(KEY, JSON.stringify(draft));
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
  if (window.jQuery) {
    window.jQuery(document).on("pfAjaxComplete", function () {
      if (document.querySelector(".portal-receipt")) {
        localStorage.removeItem(KEY);
      }
    });
  }
})();

/*
 * 语音阅读 in the 长辈版 of the public pages: the browser's own speech synthesis reads the page's
 * main content. The button shows only when the browser has a Chinese voice.
 */
portalWhenReady(function () {
  var button = document.getElementById("readAloud");
  if (!button || !window.speechSynthesis) {
    return;
  }
  function chineseVoice() {
    return speechSynthesis.getVoices().filter(function (voice) {
      return /^zh/i.test(voice.lang);
    })[0];
  }
  function offer() {
    if (chineseVoice()) {
      button.hidden = false;
    }
  }
  offer();
  speechSynthesis.addEventListener("voiceschanged", offer);
  button.addEventListener("click", function () {
    if (speechSynthesis.speaking) {
      speechSynthesis.cancel();
      button.textContent = button.dataset.read;
      button.setAttribute("aria-pressed", "false");
      return;
    }
    var main = document.getElementById("main");
    var utterance = new SpeechSynthesisUtterance(main.innerText);
    utterance.voice = chineseVoice();
    utterance.lang = utterance.voice ? utterance.voice.lang : "zh-CN";
    utterance.onend = function () {
      button.textContent = button.dataset.read;
      button.setAttribute("aria-pressed", "false");
    };
    button.textContent = button.dataset.stop;
    button.setAttribute("aria-pressed", "true");
    speechSynthesis.speak(utterance);
  });
});
