package cn.gov.bizenv.portal.it.accessibility;

import cn.gov.bizenv.portal.it.Browser;
import java.util.ArrayList;
import java.util.List;

/**
 * What the 长辈版 promises, measured on the page a browser shows: text at least 150 % (24 px on a 16
 * px browser default), lines at least 1.5 times the text, body text at least 7:1 on its background,
 * and controls at least 44 × 44 px.
 */
final class SeniorLook {
  private SeniorLook() {}

  static boolean isOn(Browser browser) {
    return Boolean.TRUE.equals(
        browser.script("return document.body.classList.contains('portal-senior');"));
  }

  /** The promises the page breaks, one line each; empty when it keeps them all. */
  @SuppressWarnings("unchecked")
  static List<String> shortfalls(Browser browser, String page) {
    List<String> found = new ArrayList<>();
    for (Object each : (List<Object>) browser.script(MEASURE)) {
      found.add(page + ": 长辈版 " + each);
    }
    return found;
  }

  private static final String MEASURE =
      "const out = [];const root ="
          + " parseFloat(getComputedStyle(document.documentElement).fontSize);if (root < 24)"
          + " out.push('root text ' + root + ' px, under 150 %');const body ="
          + " getComputedStyle(document.body);const lh = parseFloat(body.lineHeight) /"
          + " parseFloat(body.fontSize);if (!(lh >= 1.5)) out.push('line height ' + body.lineHeight"
          + " + ' on ' + body.fontSize);const rgba = s => (s.match(/[\\d.]+/g) ||"
          + " []).map(Number);const lum = c => { const [r, g, b] = c.slice(0, 3).map(v => { v /="
          + " 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }); return"
          + " 0.2126 * r + 0.7152 * g + 0.0722 * b; };const back = e => { while (e) { const c ="
          + " rgba(getComputedStyle(e).backgroundColor); if (c.length === 3 || (c.length === 4 &&"
          + " c[3] > 0.5)) return c; e = e.parentElement; } return [255, 255, 255]; };const ratio ="
          + " e => { const f = lum(rgba(getComputedStyle(e).color)), b = lum(back(e)); return"
          + " (Math.max(f, b) + 0.05) / (Math.min(f, b) + 0.05); };const visible = e =>"
          + " e.offsetParent !== null && e.getClientRects().length > 0 &&"
          + " !e.closest('.ui-helper-hidden-accessible');document.querySelectorAll('#main p, #main"
          + " td, #main dd, #main li, #main label').forEach(e => { if (visible(e) &&"
          + " e.textContent.trim() && ratio(e) < 7) out.push('contrast ' + ratio(e).toFixed(2) + '"
          + " of ' + e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' \"' +"
          + " e.textContent.trim().slice(0, 20) + '\"'); });document.querySelectorAll('button,"
          + " .ui-button, input[type=text], input[type=tel], input[type=password], textarea,"
          + " select, .ui-selectonemenu, .portal-public-nav a').forEach(e => { if (!visible(e))"
          + " return; const r = e.getBoundingClientRect(); if (r.height < 44 || r.width < 44)"
          + " out.push('target ' + Math.round(r.width) + '×' + Math.round(r.height) + ' px: ' +"
          + " (e.id || e.className || e.tagName) + ' \"' + (e.textContent || e.value ||"
          + " '').trim().slice(0, 20) + '\"'); });return out;";
}
