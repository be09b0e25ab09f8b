namespace FactsGen.Cli.Report;

/// <summary>
/// filter.js, the site's only script: on a kind page it shows the filter box and hides the facts
/// that lack the words typed. Without it the box stays hidden and every fact is listed.
/// </summary>
internal static class SiteScript
{
    public const string Text = """
        // Filters the facts of a kind page by the words typed; the page lists every fact without it.
        (function () {
          "use strict";
          var bar = document.querySelector(".filter");
          var box = document.getElementById("filter");
          var count = document.getElementById("filter-count");
          if (!bar || !box || !count) {
            return;
          }

          var facts = Array.prototype.slice.call(document.querySelectorAll("article.fact"));
          bar.hidden = false;

          function apply() {
            var words = box.value.toLowerCase().split(/\s+/).filter(Boolean);
            var shown = 0;
            facts.forEach(function (fact) {
              var text = fact.textContent.toLowerCase();
              var match = words.every(function (word) { return text.indexOf(word) >= 0; });
              fact.hidden = !match;
              if (match) {
                shown++;
              }
            });
            count.textContent = words.length ? shown + " of " + facts.length + " shown" : "";
          }

          box.addEventListener("input", apply);

          // kind-actors.html?q=wagner opens filtered: a filtered view can be shared as a link.
          var query = new URLSearchParams(location.search).get("q");
          if (query) {
            box.value = query;
            apply();
          }

          // Following a link to a fact that the filter hides clears the filter.
          window.addEventListener("hashchange", function () {
            var target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
            if (target && target.hidden) {
              box.value = "";
              apply();
            }
          });
        })();

        """;
}
