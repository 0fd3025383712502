// Renders the <span class="math"> elements that MathMarkdown produces with KaTeX, also in content htmx swaps in.
(function () {
  function render(root) {
    if (typeof katex === 'undefined') {
      return;
    }
    root.querySelectorAll('.math:not([data-rendered])').forEach(function (el) {
      katex.render(el.textContent, el, { displayMode: el.classList.contains('display'), throwOnError: false });
      el.setAttribute('data-rendered', 'true');
    });
  }
  document.addEventListener('DOMContentLoaded', function () { render(document); });
  document.addEventListener('htmx:load', function (event) { render(event.target); });
})();
