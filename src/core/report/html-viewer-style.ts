/** The viewer's stylesheet: inline, no web fonts, light and dark from the system setting. */
export const VIEWER_STYLE = `
:root { --bg: #fff; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --panel: #f6f8fa; --sel: #ddf4ff;
  --pass: #1a7f37; --fail: #cf222e; --warn: #9a6700; --skip: #59636e; --info: #0969da; }
@media (prefers-color-scheme: dark) { :root { --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --line: #3d444d;
  --panel: #151b23; --sel: #1f3a5f; --pass: #3fb950; --fail: #f85149; --warn: #d29922; --skip: #9198a1;
  --info: #4493f8; } }
* { box-sizing: border-box; }
html, body { margin: 0; height: 100%; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); background: var(--bg);
  display: flex; flex-direction: column; }
header { padding: 10px 16px; border-bottom: 1px solid var(--line); }
header h1 { font-size: 16px; margin: 0 0 4px; }
.overview { display: flex; flex-wrap: wrap; gap: 6px 18px; color: var(--muted); }
.overview b { color: var(--fg); }
main { flex: 1; display: flex; min-height: 0; }
#side { width: 40%; min-width: 280px; max-width: 560px; display: flex; flex-direction: column;
  border-right: 1px solid var(--line); }
.filters { display: flex; gap: 6px; padding: 8px; border-bottom: 1px solid var(--line); }
.filters input { flex: 1; min-width: 0; }
.filters input, .filters select { font: inherit; padding: 4px 6px; color: var(--fg); background: var(--bg);
  border: 1px solid var(--line); border-radius: 4px; }
#shown { padding: 2px 8px; color: var(--muted); font-size: 12px; }
#list { flex: 1; overflow-y: auto; position: relative; }
#spacer { position: relative; }
.row { position: absolute; left: 0; right: 0; height: 30px; display: flex; align-items: center; gap: 8px;
  padding: 0 8px; cursor: pointer; border-bottom: 1px solid var(--line); white-space: nowrap; }
.row:hover { background: var(--panel); }
.row.selected { background: var(--sel); }
.row .name { flex: 1; overflow: hidden; text-overflow: ellipsis; }
.row .figure { color: var(--muted); font-size: 12px; font-variant-numeric: tabular-nums; }
.badge { display: inline-block; min-width: 74px; text-align: center; font-size: 11px; font-weight: 600;
  border-radius: 10px; padding: 1px 6px; color: #fff; }
.v-PASS { background: var(--pass); } .v-FAIL, .v-HARD_FAIL { background: var(--fail); }
.v-PARTIAL { background: var(--warn); } .v-INFRA_ERROR { background: var(--warn); }
.v-SKIPPED { background: var(--skip); }
#detail { flex: 1; overflow-y: auto; padding: 12px 16px; }
#detail h2 { font-size: 16px; margin: 0 0 4px; }
.muted { color: var(--muted); }
.trial { border: 1px solid var(--line); border-radius: 6px; margin: 10px 0; }
.trial > summary { padding: 6px 10px; background: var(--panel); cursor: pointer; }
.trial .body { padding: 6px 12px 12px; }
table { border-collapse: collapse; margin: 6px 0; font-size: 13px; }
td, th { border: 1px solid var(--line); padding: 3px 6px; text-align: left; vertical-align: top; }
.ok { color: var(--pass); font-weight: 600; } .no { color: var(--fail); font-weight: 600; }
.msg { border-left: 3px solid var(--line); margin: 8px 0; padding: 2px 10px; }
.msg.user { border-color: var(--info); } .msg.assistant { border-color: var(--pass); }
.msg.tool { border-color: var(--warn); } .msg.tool.error { border-color: var(--fail); }
.who { font-size: 12px; font-weight: 600; color: var(--muted); }
pre { white-space: pre-wrap; word-break: break-word; margin: 4px 0; font: 12px/1.4 ui-monospace, monospace;
  background: var(--panel); padding: 6px 8px; border-radius: 4px; }
.text { white-space: pre-wrap; word-break: break-word; }
.error { color: var(--fail); }
.empty { padding: 24px; color: var(--muted); }
`;
