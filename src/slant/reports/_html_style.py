"""The HTML report's style sheet and the rules that draw each span label in its colour.

One inline style sheet, allowed by its hash in the report's Content-Security-Policy; no style
attributes, so the policy can forbid them. Toggles are plain checkboxes read by CSS ``:has()``: no
script is needed, and where ``:has()`` is not supported every span simply stays visible (the less
certain technique spans too, each with its confidence printed after it).
"""

from __future__ import annotations

__all__ = ["BASE_CSS", "is_wavy", "label_css"]

# Misspellings are drawn as a spell checker draws them, a wavy underline, leaving colour to the rest.
_WAVY = frozenset({("misspellings", "misspelling")})


def label_css(index: int, hue: int, *, toxic: bool, wavy: bool = False) -> str:
    """The rules of one label: its mark colour, its swatch, and what unticking its toggle hides.

    ``hue`` is the label table's (:mod:`slant._labels`), so a label has one colour in every view.
    """
    saturation, lightness = (85, 58) if toxic else (75, 60)
    solid = f"hsl({hue} {saturation}% {lightness - 15}%)"
    if wavy:
        mark = (
            f"mark.k{index}{{text-decoration:underline wavy hsl({hue} 90% 42%);text-decoration-skip-ink:none;"
            "text-underline-offset:3px}"
        )
        swatch = f".sw.k{index}{{background:none;border:0;border-bottom:3px double hsl({hue} 90% 42%);border-radius:0}}"
        hidden = f"mark.k{index}{{text-decoration:none}}"
    else:
        mark = f"mark.k{index}{{background-color:hsl({hue} {saturation}% {lightness}% / .30);border-bottom-color:{solid}}}"
        swatch = f".sw.k{index}{{background-color:hsl({hue} {saturation}% {lightness}% / .55);border-color:{solid}}}"
        hidden = f"mark.k{index}{{background-color:transparent;border-bottom-color:transparent}}"
    return (
        mark
        + swatch
        + f"body:has(#t{index}:not(:checked)) {hidden}"
        + f"body:has(#t{index}:not(:checked)) .row.k{index} .name{{text-decoration:line-through;opacity:.6}}"
    )


def is_wavy(layer: str, label: str) -> bool:
    """Whether a label is drawn as a wavy underline rather than a coloured background."""
    return (layer, label) in _WAVY


BASE_CSS = """
:root{color-scheme:light;--ink:#1d232b;--muted:#5d6672;--line:#dde2e8;--paper:#fff;--bg:#f4f6f8;--accent:#8a1c2b}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--ink);font:16px/1.6 Georgia,'DejaVu Serif',serif;
-webkit-print-color-adjust:exact;print-color-adjust:exact}
.top{background:#1d232b;color:#fff;font:600 .8rem/1 system-ui,sans-serif;letter-spacing:.08em;text-transform:uppercase;padding:.6rem 1rem}
.top b{color:#ff9aa6}.top a{color:#fff;float:right;text-decoration:none;border-bottom:1px dotted}
.wrap{max-width:76rem;margin:0 auto;padding:1rem;display:grid;gap:1.25rem;grid-template-columns:minmax(0,1fr)}
@media (min-width:1000px){.wrap{grid-template-columns:minmax(0,1fr) 19rem}.legend{position:sticky;top:1rem;max-height:calc(100vh - 2rem);overflow:auto}}
.card{background:var(--paper);border:1px solid var(--line);border-radius:10px;padding:1.1rem 1.3rem}
h1{font-size:1.65rem;line-height:1.25;margin:.1rem 0 .6rem}
h2{font:700 .8rem/1.2 system-ui,sans-serif;text-transform:uppercase;letter-spacing:.07em;color:var(--muted);margin:0 0 .7rem}
.meta,.figs,.legend,.chead,.scores,.note,footer{font-family:system-ui,-apple-system,'Segoe UI',sans-serif}
.meta{color:var(--muted);font-size:.88rem;margin:0 0 .8rem}
.note{border-left:4px solid #b7791f;background:#fffaf0;padding:.4rem .6rem;font-size:.9rem;margin:0 0 .8rem}
.meta a{color:inherit}
.figs{display:grid;grid-template-columns:repeat(auto-fill,minmax(8.2rem,1fr));gap:.5rem;margin:0 0 1.1rem;padding:0;list-style:none}
.figs li{border:1px solid var(--line);border-radius:8px;padding:.45rem .6rem;font-size:.78rem;color:var(--muted)}
.figs b{display:block;font-size:1.25rem;color:var(--ink)}
.text{white-space:pre-wrap;overflow-wrap:anywhere;margin:0}
.article .text{font-size:1.05rem}
mark{color:inherit;background:none;border-bottom:2px solid transparent;border-radius:2px;padding:0}
mark.p1{padding-bottom:3px}mark.p2{padding-bottom:6px}mark.p3{padding-bottom:9px}mark.p4{padding-bottom:12px}
.seg{position:relative;cursor:help;outline-offset:2px}
.seg:focus{outline:2px solid var(--accent)}
.seg:hover::after,.seg:focus::after{content:attr(data-tip);position:absolute;left:0;top:calc(100% + 6px);z-index:20;
width:max-content;max-width:min(24rem,78vw);white-space:pre-line;background:#1d232b;color:#fff;
font:400 .82rem/1.4 system-ui,sans-serif;padding:.55rem .7rem;border-radius:7px;box-shadow:0 4px 18px rgba(0,0,0,.25);pointer-events:none}
@media (max-width:700px){.seg:hover::after,.seg:focus::after{position:fixed;left:.5rem;right:.5rem;bottom:.5rem;top:auto;
width:auto;max-width:none;font-size:.9rem}}
.cites{margin-top:1.1rem;padding-top:.8rem;border-top:1px solid var(--line);font-family:system-ui,sans-serif;font-size:.88rem}
.cites dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:0}
.cites dt{font-weight:700}.cites dd{margin:0}
.cites table.actors{border-collapse:collapse;width:100%;margin-top:.6rem}
.cites table.actors th,.cites table.actors td{text-align:left;vertical-align:top;padding:.25rem .4rem;border-bottom:1px solid var(--line)}
.cites table.actors ul{margin:.2rem 0 0 1rem;padding:0}.cites figure.map{margin:.6rem 0}.cites figure.map svg{max-width:100%;height:auto}
@media (max-width:600px){.cites dl{grid-template-columns:1fr}.cites dd{margin-bottom:.4rem}}
.legend h2{margin:.2rem 0 .7rem;display:inline}
.lg>summary{cursor:pointer;margin-bottom:.6rem}
@media (max-width:999px){.legend ul{display:grid;grid-template-columns:repeat(auto-fill,minmax(14rem,1fr));column-gap:1rem}}
.legend fieldset{border:0;margin:0 0 .9rem;padding:0}
.legend legend{font-weight:700;font-size:.9rem;padding:0;margin-bottom:.3rem}
.legend ul{list-style:none;margin:0;padding:0}
.row{font-size:.86rem;border-top:1px solid var(--line);padding:.3rem 0}
.row{display:flex;flex-wrap:wrap;align-items:center;gap:.1rem .4rem}
.row label{display:flex;align-items:center;gap:.45rem;cursor:pointer;flex:1}
.row input{margin:0;accent-color:var(--accent)}
.row .n{margin-left:auto;font-variant-numeric:tabular-nums;color:var(--muted)}
.sw{display:inline-block;width:.95rem;height:.95rem;border-radius:3px;border:1px solid;flex:none}
.row details{color:var(--muted);font-size:.8rem;order:2}
.row details[open]{flex-basis:100%;order:3;margin:0 0 .2rem 1.4rem}
.row summary{cursor:pointer;list-style:none;width:1.25rem;height:1.25rem;border:1px solid var(--line);border-radius:50%;
text-align:center;line-height:1.15rem;font-weight:700;color:var(--muted)}
.row summary::-webkit-details-marker{display:none}
.row details[open] summary{background:var(--ink);color:#fff;border-color:var(--ink)}
.row details p{margin:.25rem 0}
.ex{font-style:italic}
.legend .note{font-size:.78rem;color:var(--muted)}
.comments{display:flex;flex-direction:column;gap:.7rem}
.comment{padding:.8rem 1rem}
.comment.d1{margin-left:1.2rem}.comment.d2{margin-left:2.4rem}.comment.d3{margin-left:3.6rem}.comment.d4{margin-left:4.8rem}
@media (max-width:600px){.comment.d1{margin-left:.6rem}.comment.d2{margin-left:1.2rem}.comment.d3{margin-left:1.8rem}.comment.d4{margin-left:2.4rem}
.card{padding:.9rem}h1{font-size:1.35rem}
.figs{grid-template-columns:repeat(3,minmax(0,1fr));gap:.35rem}.figs li{padding:.3rem .4rem;font-size:.7rem;line-height:1.25}.figs b{font-size:1.05rem}}
.comment.toxic{border-left:4px solid #c8283c}
.chead{display:flex;flex-wrap:wrap;gap:.2rem .6rem;align-items:baseline;font-size:.84rem;color:var(--muted);margin-bottom:.35rem}
.chead .who{font-weight:700;color:var(--ink);font-size:.95rem}
.chead a{color:inherit}
.empty{color:var(--muted);font-style:italic;font-size:.9rem}
.scores{display:grid;grid-template-columns:repeat(auto-fill,minmax(12rem,1fr));gap:.15rem .9rem;margin:.6rem 0 0;padding:.5rem 0 0;border-top:1px dashed var(--line);list-style:none}
.scores li{display:grid;grid-template-columns:7.4rem 1fr 2.2rem;align-items:center;gap:.35rem;font-size:.74rem;color:var(--muted)}
.scores li.hi{color:#a0172a;font-weight:700}
.scores meter{width:100%;height:.55rem}
.scores .v{text-align:right;font-variant-numeric:tabular-nums}
.scores li.rest{display:block;font-style:italic}
.scores .sname{grid-column:1/-1;font-weight:700;color:var(--ink)}
.conf::after{content:attr(data-conf);font:600 .62rem/1 system-ui,sans-serif;color:var(--muted);vertical-align:super;margin:0 .1rem 0 .05rem}
.row .more{color:var(--muted);font-size:.75rem;margin-left:.2rem}
.reveal{display:block;font:.84rem system-ui,sans-serif;margin:0 0 .4rem;cursor:pointer}
.reveal input{accent-color:var(--accent)}
body:has(#lowconf:not(:checked)) mark.low{background-color:transparent;border-bottom-color:transparent}
body:has(#lowconf:not(:checked)) .conf.low{display:none}
body:has(#lowconf:not(:checked)) .seg.low{cursor:auto}
body:has(#lowconf:not(:checked)) .seg.low::after{display:none}
footer{max-width:76rem;margin:0 auto;padding:0 1rem 2rem;color:var(--muted);font-size:.78rem}
@media print{
.top a{display:none}
body{background:#fff;font-size:11pt}.top{background:none;color:#000;padding:0 0 .4rem}
.wrap{display:block;max-width:none;padding:0}
.card{border:0;border-radius:0;padding:.4rem 0;break-inside:auto}
.legend{position:static;max-height:none}
.legend input,.legend .row details,.legend .note{display:none}
.lg>summary{list-style:none}.lg>summary::-webkit-details-marker{display:none}
.comment{break-inside:avoid;border-top:1px solid #999}
.seg::after{display:none!important}
.seg:focus{outline:0}
mark{border-bottom-width:2px;border-bottom-style:solid}
a{color:inherit;text-decoration:none}
}
"""
