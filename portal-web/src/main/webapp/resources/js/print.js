// The print pages' "print" button (class portal-print-now). A file, not an inline onclick, because
// the portal's Content-Security-Policy runs no inline handler.
document.addEventListener("click", function (event) {
  if (event.target.closest && event.target.closest(".portal-print-now")) {
    window.print();
  }
});
