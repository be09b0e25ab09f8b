namespace FactsGen.Cli.Report;

/// <summary>style.css: system fonts only (no download), one column on a phone, marks that survive printing.</summary>
internal static class SiteStyle
{
    public const string Text = """
        /* FactsGen review site. No remote fonts or images: the site opens from the file system. */
        :root {
          --ink: #1d1f23;
          --muted: #5d6470;
          --rule: #d9dce1;
          --paper: #ffffff;
          --tint: #f5f6f8;
          --link: #0b57b8;
          --mark: #ffe27a;
          --mark-edge: #c99a00;
          --uncited: #fbeaea;
          --uncited-edge: #c2412d;
          --ok: #2c7a3f;
        }

        * { box-sizing: border-box; }

        html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }

        body {
          margin: 0;
          color: var(--ink);
          background: var(--paper);
          font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif;
        }

        a { color: var(--link); }
        code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace; font-size: 0.92em; }

        header.site { background: var(--tint); border-bottom: 1px solid var(--rule); }
        header.site nav { max-width: 72rem; margin: 0 auto; padding: 0.5rem 1rem; display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; }
        header.site a { text-decoration: none; font-weight: 600; }
        header.site a[aria-current="page"] { color: var(--ink); border-bottom: 2px solid var(--ink); }

        main { max-width: 72rem; margin: 0 auto; padding: 1rem; }
        footer.site { max-width: 72rem; margin: 2rem auto 0; padding: 1rem; color: var(--muted); font-size: 0.85rem; border-top: 1px solid var(--rule); }

        h1 { font-size: 1.6rem; line-height: 1.25; margin: 0.5rem 0; }
        h2 { font-size: 1.2rem; margin: 1.75rem 0 0.5rem; }
        h3 { font-size: 1rem; margin: 1rem 0 0.25rem; }
        .lede { color: var(--muted); margin-top: 0; }
        .note { color: var(--muted); font-size: 0.9rem; }

        table { border-collapse: collapse; width: 100%; }
        th, td { text-align: left; vertical-align: top; padding: 0.4rem 0.5rem; border-bottom: 1px solid var(--rule); }
        th { font-size: 0.85rem; color: var(--muted); }
        .num { text-align: right; white-space: nowrap; }
        td .summary { color: var(--muted); font-size: 0.9rem; }
        meter { width: 5rem; vertical-align: middle; }
        .diagnostics .where { font-family: ui-monospace, Menlo, Consolas, "DejaVu Sans Mono", monospace; font-size: 0.85rem; overflow-wrap: anywhere; }
        .severity { display: inline-block; font-size: 0.75rem; font-weight: 700; text-transform: uppercase; padding: 0 0.3rem; border-radius: 3px; color: #fff; background: var(--uncited-edge); }
        tr.warning .severity { background: var(--mark-edge); }

        /* Article pages: number | text | facts; on a phone the facts go under the text. */
        .legend { font-size: 0.9rem; color: var(--muted); }
        .legend mark { padding: 0 0.2rem; background: var(--mark); box-shadow: inset 0 -2px 0 var(--mark-edge); color: var(--ink); }
        .legend-uncited { padding: 0 0.3rem; background: var(--uncited); border-left: 3px solid var(--uncited-edge); color: var(--ink); }

        .article { border-top: 1px solid var(--rule); }
        .line {
          display: grid;
          grid-template-columns: 3rem minmax(0, 1fr) minmax(0, 17rem);
          gap: 0 1rem;
          padding: 0.45rem 0.5rem 0.45rem 0;
          border-bottom: 1px solid var(--rule);
          border-left: 4px solid transparent;
        }
        .line.uncited { background: var(--uncited); border-left-color: var(--uncited-edge); }
        .line.cited { border-left-color: var(--ok); }
        .line:target { outline: 2px solid var(--link); outline-offset: -2px; }
        .line .ln { text-align: right; color: var(--muted); text-decoration: none; font-variant-numeric: tabular-nums; user-select: none; }
        .line .text { grid-column: 2; white-space: pre-wrap; overflow-wrap: anywhere; font-family: Georgia, "Times New Roman", "DejaVu Serif", serif; font-size: 1.05rem; }
        .line .by { grid-column: 3; margin: 0; padding: 0; list-style: none; font-size: 0.82rem; line-height: 1.35; }
        .line .by li + li { margin-top: 0.3rem; }
        .kind { display: inline-block; font-size: 0.72rem; text-transform: uppercase; letter-spacing: 0.03em; color: var(--muted); }

        mark.q { background: var(--mark); box-shadow: inset 0 -2px 0 var(--mark-edge); padding: 0.05rem 0; border-radius: 2px; }
        mark.q a { color: inherit; text-decoration: none; }
        mark.q a:hover, mark.q a:focus { text-decoration: underline; }
        mark.q + mark.q { box-shadow: inset 0 -2px 0 var(--mark-edge), inset 1px 0 0 var(--mark-edge); }

        /* Kind pages. */
        .filter { position: sticky; top: 0; background: var(--paper); padding: 0.5rem 0; margin: 0; border-bottom: 1px solid var(--rule); }
        .filter input { font: inherit; padding: 0.3rem 0.5rem; width: min(24rem, 70vw); }
        #filter-count { color: var(--muted); font-size: 0.9rem; }
        .fact { border-bottom: 1px solid var(--rule); padding: 0.75rem 0 1rem; }
        .fact:target { background: var(--tint); outline: 2px solid var(--link); outline-offset: 0.25rem; }
        .fact h2 { margin: 0; font-size: 1.1rem; }
        .fact h2 a { text-decoration: none; }
        .fact .summary { margin: 0.2rem 0 0.5rem; font-size: 1.05rem; }
        .fields { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 0.15rem 1rem; margin: 0; }
        .fields dt { color: var(--muted); font-size: 0.9rem; }
        .fields dd { margin: 0; overflow-wrap: anywhere; }
        .default, .via, .origin { color: var(--muted); font-size: 0.85rem; }
        .missing, .problem { color: var(--uncited-edge); font-weight: 600; }
        .citations, .referred { margin: 0; padding-left: 1.5rem; }
        .citations li { margin: 0.2rem 0; }
        .citations li.broken { color: var(--uncited-edge); }
        .claims { margin: 0; padding-left: 1.5rem; }
        .claims .rank { font-size: 0.8rem; text-transform: uppercase; color: var(--muted); }
        .claims .rank-preferred > .rank { font-weight: 600; }
        .claims .rank-deprecated > .value { text-decoration: line-through; }
        .note, .inferences .by, .disputed, .inferred { color: var(--muted); font-size: 0.85rem; }
        .inferences { margin: 0; padding-left: 1.5rem; font-style: italic; }
        .origin { margin: 0.5rem 0 0; }

        @media (max-width: 44rem) {
          body { font-size: 15px; }
          main { padding: 0.75rem; }
          h1 { font-size: 1.3rem; }
          .line { grid-template-columns: 2.25rem minmax(0, 1fr); gap: 0.25rem 0.6rem; }
          .line .by { grid-column: 2; }
          .fields { grid-template-columns: minmax(0, 1fr); }
          .fields dd { margin-bottom: 0.3rem; }
          th, td { padding: 0.35rem 0.3rem; }
        }

        @media print {
          header.site, footer.site, .filter { display: none; }
          body { font-size: 11pt; }
          main { max-width: none; padding: 0; }
          a { color: inherit; text-decoration: none; }
          .line, .fact, tr { break-inside: avoid; }
          .line { grid-template-columns: 2.5rem minmax(0, 1fr) minmax(0, 14rem); }
          /* Backgrounds are often not printed: marks and uncited lines keep a visible edge. */
          mark.q, .legend mark { background: none; box-shadow: none; border-bottom: 1.5pt solid #000; }
          .line.uncited { background: none; border-left: 3pt double #000; }
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }

        """;
}
