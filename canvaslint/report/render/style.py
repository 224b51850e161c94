"""The page's style, inline: no font, image or stylesheet is ever fetched.

The canvas is a CSS grid with named areas in the classic arrangement. Rows
grow with their content and every text may wrap anywhere, so a long name
or a block of fifty notes makes the canvas taller, never overlapping.
"""

CSS = """
:root { --ink: #1d232a; --line: #2e343b; --muted: #5f6b7a; --paper: #fff; --bg: #eceef1;
  --error: #c62828; --warning: #d97a00; --info: #1565c0; --note: #fff2a8;
  --shared: #eef0f3; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--ink);
  font: 14px/1.35 "DejaVu Sans", "Liberation Sans", "Noto Sans", Arial, sans-serif; }
main { padding: 24px 32px 40px; min-width: 1180px; max-width: 1900px; margin: 0 auto; }
a { color: inherit; }
h1 { font-size: 28px; margin: 0 0 4px; overflow-wrap: anywhere; }
h2 { font-size: 20px; margin: 0 0 12px; }
h3 { font-size: 16px; margin: 0 0 10px; display: flex; gap: 8px; align-items: center;
  flex-wrap: wrap; overflow-wrap: anywhere; }
h4 { font-size: 13px; margin: 0 0 6px; text-transform: uppercase; letter-spacing: .06em;
  color: var(--muted); }
h5 { font-size: 12px; margin: 0 0 6px; }
header.top { display: flex; gap: 24px; align-items: flex-start; justify-content: space-between;
  margin-bottom: 16px; }
header .title { min-width: 0; flex: 1 1 auto; }
.desc { margin: 0 0 6px; color: var(--muted); font-size: 16px; overflow-wrap: anywhere; }
.file { margin: 0 0 6px; color: var(--muted); font-family: "DejaVu Sans Mono", monospace;
  font-size: 12px; overflow-wrap: anywhere; }
.strategy { display: inline-flex; gap: 8px; align-items: center; padding: 2px 8px;
  background: #fff; border: 1px solid #c9ced4; border-radius: 12px; font-size: 12px; }
.muted, .empty { color: var(--muted); font-style: italic; font-size: 12px; }
.pill { display: inline-block; padding: 1px 8px; border-radius: 10px; color: #fff;
  font-size: 11px; font-weight: 700; margin-right: 4px; }
.pill.error, .badge.error { background: var(--error); }
.pill.warning, .badge.warning { background: var(--warning); }
.pill.info, .badge.info { background: var(--info); }
/* The score */
.score { flex: 0 0 420px; background: #fff; border: 1px solid #c9ced4; border-radius: 8px;
  padding: 12px 16px; }
.score h3 { margin-bottom: 8px; }
.score-body { display: flex; gap: 16px; align-items: center; }
.ring { --p: 0; flex: 0 0 88px; height: 88px; border-radius: 50%; display: flex;
  flex-direction: column; align-items: center; justify-content: center; position: relative;
  background: conic-gradient(#2e7d32 calc(var(--p) * 1%), #dfe3e6 0); }
.ring::before { content: ""; position: absolute; inset: 9px; border-radius: 50%;
  background: #fff; }
.ring .number { position: relative; font-size: 26px; font-weight: 700; line-height: 1; }
.ring .of { position: relative; font-size: 10px; color: var(--muted); }
.parts { flex: 1 1 auto; min-width: 0; display: grid; gap: 4px; }
.part { display: grid; grid-template-columns: minmax(0, 1fr) 70px 44px; gap: 6px;
  align-items: center; font-size: 12px; }
.part .bar { height: 8px; background: #dfe3e6; border-radius: 4px; overflow: hidden; }
.part .fill { display: block; height: 100%; background: #2e7d32; }
.part .value { text-align: right; font-variant-numeric: tabular-nums; }
.hints { margin-top: 8px; font-size: 12px; }
.hints ul { margin: 4px 0 0; padding-left: 18px; }
.hints li { overflow-wrap: anywhere; }
/* Whole-canvas findings and the segment legend */
.banner { background: #fff; border-left: 5px solid var(--error); padding: 8px 12px;
  margin-bottom: 12px; }
.banner ul { margin: 4px 0 0; padding-left: 0; list-style: none; }
.banner li { display: flex; gap: 8px; align-items: baseline; overflow-wrap: anywhere; }
.legend { display: flex; flex-wrap: wrap; gap: 6px 14px; align-items: center;
  margin-bottom: 10px; font-size: 13px; }
.legend .label { font-weight: 700; }
.legend-item { display: inline-flex; gap: 5px; align-items: center; overflow-wrap: anywhere; }
.chip { display: inline-block; min-width: 18px; height: 18px; padding: 0 4px;
  border-radius: 9px; color: #fff; font: 700 11px/18px "DejaVu Sans", sans-serif;
  text-align: center; flex: 0 0 auto; }
/* The nine blocks */
.canvas { display: grid; grid-template-columns: repeat(10, minmax(0, 1fr));
  grid-template-rows: minmax(250px, auto) minmax(250px, auto) minmax(200px, auto);
  grid-template-areas: "kp kp ka ka vp vp cr cr cs cs" "kp kp kr kr vp vp ch ch cs cs"
    "co co co co co rs rs rs rs rs";
  background: var(--paper); border: 2px solid var(--line); margin-bottom: 28px; }
.block { border: 1px solid var(--line); padding: 10px; min-width: 0; display: flex;
  flex-direction: column; gap: 8px; }
.block > h2 { font-size: 14px; margin: 0; display: flex; justify-content: space-between;
  gap: 6px; overflow-wrap: anywhere; }
.block > h2 .count { color: var(--muted); font-weight: 400; font-size: 12px; }
.block.sev-error { box-shadow: inset 0 0 0 3px var(--error); }
.block.sev-warning { box-shadow: inset 0 0 0 3px var(--warning); }
.block.sev-info { box-shadow: inset 0 0 0 2px var(--info); }
.area-kp { grid-area: kp; } .area-ka { grid-area: ka; } .area-kr { grid-area: kr; }
.area-vp { grid-area: vp; } .area-cr { grid-area: cr; } .area-ch { grid-area: ch; }
.area-cs { grid-area: cs; } .area-co { grid-area: co; } .area-rs { grid-area: rs; }
.notes { display: flex; flex-wrap: wrap; gap: 6px; align-content: flex-start; min-width: 0; }
.note { flex: 1 1 140px; min-width: 0; max-width: 100%; padding: 6px 8px 7px;
  background: var(--note); border-radius: 2px; box-shadow: 0 1px 3px rgba(0, 0, 0, .28);
  overflow-wrap: anywhere; font-size: 13px; }
/* Many notes: compact, in as many columns of at least 100px as the block has room for. */
.block.many .notes { display: block; columns: 100px; column-gap: 4px; }
.block.many .note { display: block; break-inside: avoid; margin-bottom: 4px; padding: 3px 5px;
  font-size: 11px; }
.note .head { display: flex; gap: 4px; align-items: flex-start; }
.note .head .chip { margin-top: 1px; }
.note .name { min-width: 0; font-weight: 600; }
.note .meta, .note .links, .note .owner { color: #46505b; font-size: 11px; margin-top: 2px; }
.note .owner { font-style: italic; }
.note .text { font-size: 11.5px; margin-top: 3px; color: #333b44; }
.note.sev-error { box-shadow: inset 0 0 0 3px var(--error), 0 1px 3px rgba(0, 0, 0, .28); }
.note.sev-warning { box-shadow: inset 0 0 0 3px var(--warning), 0 1px 3px rgba(0,0,0,.28); }
.note.sev-info { box-shadow: inset 0 0 0 2px var(--info), 0 1px 3px rgba(0, 0, 0, .28); }
.badges { display: flex; flex-wrap: wrap; gap: 3px; margin-top: 4px; }
.badge { display: inline-block; padding: 0 5px; border-radius: 8px; color: #fff;
  font: 700 10px/16px "DejaVu Sans Mono", monospace; text-decoration: none; }
.dot { display: inline-block; width: 8px; height: 8px; border-radius: 50%;
  margin-right: 4px; background: #9aa3ab; }
.dot.positive { background: #2e7d32; } .dot.negative { background: var(--error); }
/* Sections below the canvas */
.section { margin-bottom: 28px; }
.card { background: #fff; border: 1px solid #c9ced4; border-top: 5px solid #5b6770;
  border-radius: 6px; padding: 12px 14px; margin-bottom: 16px; }
.card .subtitle { color: var(--muted); font-weight: 400; font-size: 13px; }
.vpc { display: grid; grid-template-columns: minmax(0, 1fr) 36px minmax(0, 1fr); }
.fit-arrow { align-self: center; text-align: center; font-size: 22px; color: var(--muted); }
.vmap, .profile { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
  grid-template-rows: auto minmax(110px, 1fr) minmax(110px, 1fr); border: 2px solid var(--line);
  padding: 10px; gap: 0; }
.vmap { grid-template-areas: "t t" "ps gc" "ps pr"; }
.profile { grid-template-areas: "t t" "ga jb" "pa jb"; border-radius: 48px; padding: 16px 24px; }
.vmap h4, .profile h4 { grid-area: t; }
.quad { padding: 8px; border: 1px dashed #b7bec6; min-width: 0; }
.quad.ps { grid-area: ps; } .quad.gc { grid-area: gc; } .quad.pr { grid-area: pr; }
.quad.ga { grid-area: ga; } .quad.pa { grid-area: pa; } .quad.jb { grid-area: jb; }
.journey { width: 100%; border-collapse: collapse; table-layout: fixed; }
.journey th { text-align: left; font-size: 12px; padding: 6px; background: #f2f4f6;
  border: 1px solid #c9ced4; overflow-wrap: anywhere; }
.journey td { vertical-align: top; padding: 6px; border: 1px solid #c9ced4; }
.journey td.missing { background: repeating-linear-gradient(45deg, #fff, #fff 6px,
  #f4f5f7 6px, #f4f5f7 12px); }
.scorecard { display: grid; grid-template-columns: repeat(4, minmax(0, 1fr)); gap: 12px; }
.perspective { background: #fff; border: 1px solid #c9ced4; border-radius: 6px;
  padding: 10px; min-width: 0; }
table.findings { width: 100%; border-collapse: collapse; background: #fff;
  table-layout: fixed; font-size: 13px; }
table.findings td { border-bottom: 1px solid #dfe3e6; padding: 6px 8px; vertical-align: top;
  overflow-wrap: anywhere; }
table.findings td:nth-child(1) { width: 90px; } table.findings td:nth-child(2) { width: 190px; }
table.findings td:nth-child(3) { width: 70px; } table.findings td:nth-child(4) { width: 300px; }
table.findings .rule { color: var(--muted); font-size: 11px; }
table.findings tr:target { background: #fff7d6; }
.where { font-family: "DejaVu Sans Mono", monospace; }
footer { color: var(--muted); font-size: 12px; margin-top: 20px; }
/* The report of several files */
.files { width: 100%; border-collapse: collapse; background: #fff; table-layout: fixed; }
.files td, .files th { border-bottom: 1px solid #dfe3e6; padding: 6px 8px; text-align: left;
  overflow-wrap: anywhere; vertical-align: top; }
.files th:nth-child(1) { width: 60%; } .files th:nth-child(2) { width: 14%; }
.file-card { background: #fff; border: 1px solid #c9ced4; border-radius: 6px;
  padding: 12px 14px; margin-bottom: 16px; }
.file-card header { display: flex; gap: 16px; justify-content: space-between;
  align-items: flex-start; }
.file-card header h2 { overflow-wrap: anywhere; min-width: 0; }
.mini-canvas { display: grid; grid-template-columns: repeat(10, minmax(0, 1fr));
  grid-template-rows: 34px 34px 30px; grid-template-areas: "kp kp ka ka vp vp cr cr cs cs"
    "kp kp kr kr vp vp ch ch cs cs" "co co co co co rs rs rs rs rs";
  border: 2px solid var(--line); width: 560px; margin: 8px 0 12px; font-size: 10px; }
.mini { border: 1px solid var(--line); padding: 2px 4px; display: flex; gap: 4px;
  justify-content: space-between; overflow: hidden; min-width: 0; }
.mini .name { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.mini .n { font-weight: 700; }
.mini.sev-error { background: #f9d4d4; } .mini.sev-warning { background: #fde3bf; }
.mini.sev-info { background: #d3e4f8; }
@media print { body { background: #fff; } main { padding: 0; } }
"""
