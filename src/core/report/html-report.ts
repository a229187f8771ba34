import { buildViewerData, type ViewerInput } from './html-viewer-data.ts';
import { VIEWER_SCRIPT } from './html-viewer-script.ts';
import { VIEWER_STYLE } from './html-viewer-style.ts';

export type { ViewerInput } from './html-viewer-data.ts';

/**
 * report.html: one self-contained page (inline style and script, no request
 * of any kind, so it opens from a downloaded zip via file://) showing the
 * run's overview, its scenarios failed first, and each trial's conversation.
 * The run is embedded as JSON and rendered by the page; what it holds was
 * redacted before it got here, and nothing is added that was not in the run.
 */
export function renderHtmlReport(input: ViewerInput): string {
  const data = buildViewerData(input);
  const { counts } = data.run;
  const failing = counts.failed + counts.errored;
  const status = failing > 0 ? `${failing} not passing` : `${counts.passed} passed`;
  const title = `salvo ${data.run.id.slice(0, 13)}: ${status}`;
  return (
    `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" ` +
    `content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<link rel="icon" href="data:,">
<title>${escapeHtml(title)}</title>
<style>${VIEWER_STYLE}</style>
</head>
<body>
<header><h1 id="title">salvo run</h1><div class="overview" id="overview"></div></header>
<main>
<section id="side" aria-label="Scenarios">
<div class="filters">
<input id="search" type="search" placeholder="Filter by name, file or reason" aria-label="Filter scenarios">
<select id="verdict" aria-label="Verdict"><option value="">All verdicts</option>` +
    `<option value="NOT_PASS">Not passing</option></select>
</div>
<div id="shown"></div>
<div id="list" tabindex="0"><div id="spacer"></div></div>
</section>
<section id="detail" aria-label="Scenario">` +
    `<p class="empty">Select a scenario to see its trials and conversations.</p></section>
</main>
<noscript><p>This report needs JavaScript to show the run.</p></noscript>
<script type="application/json" id="salvo-data">${jsonForScript(data)}</script>
<script>${VIEWER_SCRIPT}</script>
</body>
</html>
`
  );
}

/**
 * JSON that cannot end the script element it sits in, whatever the strings hold: every `<` (so no `</script` and no
 * `<!--`), `>` and `&` as a \u escape, which JSON.parse reads back as the same characters; U+2028/2029 too.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (character) => {
    return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
