"""The buurtkaart for bewoners: one self-contained HTML page (inline SVG map, data and a small script), pure Python.

The page works from a USB stick with no network: no CDN, no tiles, no fonts from elsewhere, and a Content Security
Policy (``default-src 'none'``) that lets nothing be fetched even if a value tried. Every value from the data is
text: names and notes go into the markup through :func:`html.escape` and into the inline JSON with ``<``, ``>``
and ``&`` as ``\\u`` escapes; the script writes them with ``textContent``, never as HTML.

:func:`page` takes a plain dict (made in ``qgis_io/html_export.py`` from a result layer):

- ``language``, ``title``, ``subtitle``, ``source``, ``date``, ``method`` ('zscore' ...), ``reference`` (words);
- ``width``, ``height``: the SVG's viewBox; each buurt's ``path`` is in those units (:func:`path_data`);
- ``themes``: [{id, label, scale, words, colours, context}] (the first is shown first);
- ``indicators``: [[label, unit]] (unit with the year(s) of the values, '%, 2020');
- ``gemeenten``: {code: {"name", "values": [text per indicator]}};
- ``buurten``: [{code, name, gemeente, path, label_at (x, y) or None, scores: [[score text, class, rank] or None
  per theme], why: [sentence or None per theme], change: [text or None per theme], values: [text or None per
  indicator], notes: [[date, role, theme label, text], ...] newest first}].
"""

import base64
import hashlib
import html
import json

# the page's own words: (key, Dutch, English), one row per key so neither language can miss one
_WORD_ROWS = (
    ("search", "Zoek een buurt", "Find a buurt"),
    ("search_hint", "Typ een deel van de naam", "Type part of the name"),
    ("theme", "Kaart toont", "Map shows"),
    ("legend", "Legenda", "Legend"),
    ("names", "Buurtnamen op de kaart", "Buurt names on the map"),
    ("close", "Sluiten", "Close"),
    ("zoom_in", "Inzoomen", "Zoom in"),
    ("zoom_out", "Uitzoomen", "Zoom out"),
    ("zoom_reset", "Hele kaart", "Whole map"),
    ("scores", "Scores", "Scores"),
    ("theme_col", "Thema", "Theme"),
    ("score", "Score", "Score"),
    ("verdict", "Oordeel", "Verdict"),
    ("change", "Verandering", "Change"),
    ("why", "Waarom?", "Why?"),
    ("figures", "De cijfers", "The figures"),
    ("indicator", "Indicator", "Indicator"),
    ("buurt", "Buurt", "Buurt"),
    ("average", "Gemiddelde {}", "Average {}"),
    ("unit", "Eenheid, jaar", "Unit, year"),
    ("notes", "Wat we horen in de buurt", "What we hear in the buurt"),
    ("no_notes", "Nog geen notities.", "No notes yet."),
    ("notes_apart", "Notities zijn verhalen van bewoners en professionals. Ze tellen niet mee in de scores.",
     "Notes are what residents and professionals tell. They do not count in the scores."),
    ("rank", "plaats {} van {} (1 = hoogste score)", "rank {} of {} (1 = highest score)"),
    ("no_data", "geen gegevens", "no data"),
    ("code", "buurtcode", "buurt code"),
    ("help", "Hoe lees ik dit?", "How do I read this?"),
    ("choose", "Klik op een buurt of zoek een naam om meer te zien.",
     "Click a buurt or search a name to see more."),
    ("found", "{} gevonden", "{} found"),
    ("none_found", "Geen buurt gevonden", "No buurt found"),
    ("map", "Kaart van de buurten", "Map of the buurten"),
    ("skip", "Naar de buurtgegevens", "To the buurt's figures"),
    ("link", "Link naar deze buurt", "Link to this buurt"),
)
WORDS = {language: {row[0]: row[1 + k] for row in _WORD_ROWS} for k, language in enumerate(("nl", "en"))}

# "Hoe lees ik dit?" in plain language (B1): one paragraph per line; {reference} = whom the buurten are compared with
HELP = {
    "nl": (
        "Elk vlak op de kaart is een buurt. De kleur laat zien hoe de buurt scoort op het thema dat u kiest. "
        "De buurt wordt vergeleken met {reference}.",
        "{scale}",
        "Blauw is beter dan gemiddeld. Rood is minder goed dan gemiddeld. Lichtgeel is ongeveer gemiddeld. "
        "Grijs met strepen: geen gegevens, bijvoorbeeld omdat er te weinig mensen wonen.",
        "Klik op een buurt, of ga er met de Tab-toets naartoe en druk op Enter. U ziet dan waarom de buurt zo "
        "scoort, de cijfers erachter en uit welk jaar ze komen.",
        "Demografie (zoals de leeftijd van de bewoners) is geen oordeel. Die kaart is paars. Meer ouderen is niet "
        "beter of slechter. Demografie telt niet mee in de totaalscore.",
        "Bij een buurt staan soms notities: wat bewoners en professionals vertellen. Die notities tellen niet mee "
        "in de scores.",
        "De cijfers zeggen iets over de hele buurt. Niet over één straat of één persoon. Kleine verschillen "
        "zeggen weinig.",
    ),
    "en": (
        "Each shape on the map is a buurt. Its colour shows how the buurt scores on the theme you choose, "
        "compared with {reference}.",
        "{scale}",
        "Blue is better than average. Red is worse than average. Pale yellow is about average. Grey with stripes: "
        "no data, for instance because too few people live there.",
        "Click a buurt, or go to it with the Tab key and press Enter, to see why it scores as it does, the "
        "figures behind it and their year.",
        "Demografie (such as the age of the residents) is not a judgement; its map is purple. It does not count "
        "in the overall score.",
        "A buurt may have notes: what residents and professionals tell. Notes do not count in the scores.",
        "The figures describe the whole buurt, not one street or one person. Small differences say little.",
    ),
}
SCALE_TEXT = {
    "nl": {"zscore": "Een score van 100 is gemiddeld. 10 punten hoger of lager is een duidelijk verschil.",
           "imd": "Een score van 100 is gemiddeld. Bij achterstand staan de buurten in tien groepen (decielen): "
                  "deciel 1 is de groep met de meeste achterstand.",
           "rank": "De score is het percentage buurten dat lager scoort (0 tot 100).",
           "minmax": "De score loopt van 0 (de laagste buurt) tot 100 (de hoogste buurt)."},
    "en": {"zscore": "A score of 100 is average. 10 points higher or lower is a clear difference.",
           "imd": "A score of 100 is average. For deprivation the buurten are in ten groups (deciles): decile 1 "
                  "is the most deprived.",
           "rank": "The score is the percentage of buurten that score lower (0 to 100).",
           "minmax": "The score runs from 0 (the lowest buurt) to 100 (the highest buurt)."},
}
NO_DATA_COLOUR = "#ebebeb"
MAX_LABELS = 2000  # buurt names on the map (a checkbox) up to this many buurten


def words(language):
    return WORDS[language if language in WORDS else "nl"]


def help_lines(language, method, reference):
    language = language if language in HELP else "nl"
    scale = SCALE_TEXT[language].get(method, SCALE_TEXT[language]["zscore"])
    return [line.format(reference=reference, scale=scale) for line in HELP[language]]


# -- geometry ----------------------------------------------------------------------------------------------------

def path_data(rings):
    """SVG path data of polygon rings given in whole viewBox units: 'M12 40l3-2 0 5z', relative moves (short),
    points that round onto the previous one left out, rings of fewer than three points dropped."""
    parts = []
    for ring in rings:
        points = []
        for x, y in ring:
            point = (int(round(x)), int(round(y)))
            if not points or point != points[-1]:
                points.append(point)
        if len(points) > 1 and points[0] == points[-1]:
            points.pop()
        if len(points) < 3:
            continue
        steps = ["M{} {}".format(*points[0])]
        moves = []
        for (x0, y0), (x1, y1) in zip(points, points[1:]):
            moves.append(_pair(x1 - x0, y1 - y0))
        steps.append("l" + "".join(moves).lstrip(" ") + "z")
        parts.append("".join(steps))
    return "".join(parts)


def _pair(dx, dy):
    """' 3-2' / '-4 5': a number starting with '-' needs no space before it."""
    return "{}{}{}{}".format("" if dx < 0 else " ", dx, "" if dy < 0 else " ", dy)


def grid(extent, count):
    """(scale, width, height) to put an extent (xmin, ymin, xmax, ymax) on a viewBox of whole units, finer for
    more buurten (about 1000 units across a gemeente, 12,000 across the country): half a unit is then below what a
    screen shows of a buurt, the simplification tolerance."""
    xmin, ymin, xmax, ymax = extent
    span = max(xmax - xmin, ymax - ymin) or 1.0
    across = max(1000.0, 100.0 * count ** 0.5)
    scale = across / span
    return scale, int(round((xmax - xmin) * scale)) + 2, int(round((ymax - ymin) * scale)) + 2


# -- the page ----------------------------------------------------------------------------------------------------

def _json(data):
    """JSON that can sit inside <script>: no '<', '>' or '&' in it (a name '</script>' stays text)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _e(text):
    return html.escape("" if text is None else str(text), quote=True)


def page(data):
    """The whole HTML page as a string (see the module docstring for ``data``)."""
    language = data.get("language", "nl")
    w = words(language)
    width, height = data["width"], data["height"]
    paths, labels = [], []
    named = len(data["buurten"]) <= MAX_LABELS  # names on a national map would only be a grey smear
    for i, b in enumerate(data["buurten"]):
        # colour, name (title), role and tab stop are set by the script: 14,574 buurten stay small
        paths.append('<path data-i="{}" d="{}"/>'.format(i, b["path"]))
        if named and b.get("label_at"):
            x, y = (int(v) for v in b["label_at"])
            labels.append('<text x="{}" y="{}">{}</text>'.format(x, y, _e(b["name"] or b["code"])))
    font = max(8, int(width / 110))
    svg = ('<svg id="bk-map" viewBox="0 0 {w} {h}" role="group" aria-label="{label}" '
           'preserveAspectRatio="xMidYMid meet" style="--ar:{w}/{h}">'
           '<defs><pattern id="bk-nodata" patternUnits="userSpaceOnUse" width="{p}" height="{p}" '
           'patternTransform="rotate(45)"><rect width="{p}" height="{p}" fill="{nd}"/>'
           '<line x1="0" y1="0" x2="0" y2="{p}" stroke="#969696" stroke-width="{s}"/></pattern></defs>'
           '<g id="bk-buurten">{paths}</g><use id="bk-selected" href="#bk-none"/>'
           '<g id="bk-labels" class="off" font-size="{font}">{labels}</g></svg>').format(
        w=width, h=height, label=_e(w["map"]), nd=NO_DATA_COLOUR, p=max(4, width // 150),
        s=max(1, width // 600), paths="".join(paths), labels="".join(labels), font=font)
    payload = {key: data.get(key) for key in ("language", "themes", "indicators", "gemeenten")}
    pieces, at = [], {}

    def coded(text):
        """A sentence as the positions of its ', '-separated pieces in one shared list (lossless: the script
        joins them with ', ' again); the same 'Moeite met rondkomen (18+) hoog (-0,3)' is stored once."""
        if text is None:
            return None
        out = []
        for piece in str(text).split(", "):
            if piece not in at:
                at[piece] = len(pieces)
                pieces.append(piece)
            out.append(at[piece])
        return out
    payload["buurten"] = [{"c": b["code"], "n": b["name"], "g": b.get("gemeente"),
                           "s": [s[:2] if s else None for s in b["scores"]],
                           "w": [coded(t) for t in b["why"]], "d": b.get("change"), "v": b["values"],
                           "t": b.get("notes") or []} for b in data["buurten"]]
    payload["pieces"] = pieces
    payload["words"] = w
    script = SCRIPT
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    csp = ("default-src 'none'; script-src 'sha256-{}'; style-src 'unsafe-inline'; img-src data:; "
           "base-uri 'none'; form-action 'none'").format(digest)
    themes = "".join('<option value="{}">{}</option>'.format(i, _e(t["label"])) for i, t in enumerate(data["themes"]))
    help_items = "".join("<p>{}</p>".format(_e(line))
                         for line in help_lines(language, data.get("method"), data.get("reference", "")))
    return TEMPLATE.format(
        lang=_e(language), csp=html.escape(csp, quote=False), title=_e(data.get("title")),
        subtitle=_e(data.get("subtitle")),
        source=_e(data.get("source")), date=_e(data.get("date")), style=STYLE, svg=svg, themes=themes,
        help_title=_e(w["help"]), help=help_items, data=_json(payload), script=script,
        search=_e(w["search"]), search_hint=_e(w["search_hint"]), theme_label=_e(w["theme"]),
        legend=_e(w["legend"]), names=_e(w["names"]), zoom_in=_e(w["zoom_in"]), zoom_out=_e(w["zoom_out"]),
        zoom_reset=_e(w["zoom_reset"]), choose=_e(w["choose"]), skip=_e(w["skip"]))


TEMPLATE = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>{title}</title>
<style>{style}</style>
</head>
<body>
<a class="skip" href="#bk-panel">{skip}</a>
<header><h1>{title}</h1><p class="sub">{subtitle}</p></header>
<main>
<section class="mapbox">
<div class="tools" role="toolbar">
<button type="button" id="bk-zin" aria-label="{zoom_in}" title="{zoom_in}">+</button>
<button type="button" id="bk-zout" aria-label="{zoom_out}" title="{zoom_out}">&minus;</button>
<button type="button" id="bk-zreset" title="{zoom_reset}">{zoom_reset}</button>
<label class="check"><input type="checkbox" id="bk-names"> {names}</label>
</div>
{svg}
</section>
<aside>
<div class="controls">
<label for="bk-theme">{theme_label}</label>
<select id="bk-theme">{themes}</select>
<label for="bk-search">{search}</label>
<input type="search" id="bk-search" placeholder="{search_hint}" autocomplete="off" aria-controls="bk-results">
<ul id="bk-results" role="list" aria-live="polite"></ul>
</div>
<section class="legend" aria-labelledby="bk-legend-title"><h2 id="bk-legend-title">{legend}</h2>
<ul id="bk-legend"></ul></section>
<section id="bk-panel" tabindex="-1" aria-live="polite"><p class="hint">{choose}</p></section>
<details class="help" open><summary>{help_title}</summary>{help}</details>
</aside>
</main>
<footer><p id="bk-source">{source}</p><p>{date}</p></footer>
<script type="application/json" id="bk-data">{data}</script>
<script>{script}</script>
</body>
</html>
"""

STYLE = """
*{box-sizing:border-box}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",Arial,sans-serif;color:#1a1a1a;
background:#fff;font-size:16px;line-height:1.45}
header{padding:.6rem 1rem;border-bottom:1px solid #ddd}
h1{font-size:1.35rem;margin:0}
h2{font-size:1.1rem;margin:.4rem 0}
h3{font-size:1rem;margin:.8rem 0 .3rem}
.sub{margin:.1rem 0 0;color:#444}
main{display:grid;grid-template-columns:minmax(0,1fr) 26rem;gap:0 1rem;padding:0 1rem}
.mapbox{position:relative;min-width:0}
#bk-map{width:100%;height:calc(100vh - 9.5rem);min-height:18rem;display:block;touch-action:none;cursor:grab}
#bk-map path{stroke:#fff;stroke-width:.6;vector-effect:non-scaling-stroke;outline:none}
#bk-map path:hover{stroke:#333;stroke-width:1.5}
#bk-map path:focus-visible{stroke:#000;stroke-width:3}
#bk-selected{fill:none;stroke:#000;stroke-width:3;vector-effect:non-scaling-stroke;pointer-events:none}
#bk-labels.off{display:none}
#bk-labels{pointer-events:none;text-anchor:middle;fill:#111;paint-order:stroke;stroke:#fff;stroke-width:3px;
stroke-linejoin:round}
.tools{display:flex;gap:.4rem;align-items:center;flex-wrap:wrap;padding:.4rem 0}
button,select,input{font:inherit}
button{border:1px solid #888;background:#f6f6f6;border-radius:4px;padding:.2rem .6rem;cursor:pointer}
button:focus-visible,select:focus-visible,input:focus-visible,a:focus-visible,summary:focus-visible{
outline:3px solid #1a4f9c;outline-offset:2px}
.check{display:flex;gap:.3rem;align-items:center}
aside{min-width:0;padding:.4rem 0 1rem}
.controls label{display:block;font-weight:600;margin-top:.4rem}
.controls select,.controls input{width:100%;padding:.3rem;border:1px solid #888;border-radius:4px}
#bk-results{list-style:none;margin:.2rem 0;padding:0;max-height:12rem;overflow:auto}
#bk-results button{width:100%;text-align:left;border:0;border-bottom:1px solid #eee;background:#fff;
padding:.3rem .4rem}
#bk-results button:hover{background:#eef3fb}
#bk-legend{list-style:none;margin:0;padding:0}
#bk-legend li{display:flex;gap:.5rem;align-items:center;margin:.15rem 0}
.sw{display:inline-block;width:1.6rem;height:1rem;border:1px solid #999;flex:none}
.sw.nd{background:repeating-linear-gradient(45deg,#ebebeb 0 4px,#969696 4px 5px)}
.empty{color:#777}
#bk-panel{border-top:2px solid #333;margin-top:.6rem;padding-top:.4rem}
#bk-panel:focus{outline:none}
.hint{color:#444}
.lead{font-size:1.05rem}
.lead b{font-size:1.15rem}
.meta{color:#555;margin:0}
table{border-collapse:collapse;width:100%;font-size:.92rem}
th,td{text-align:left;padding:.2rem .3rem;border-bottom:1px solid #e2e2e2;vertical-align:top}
td.n{text-align:right;white-space:nowrap}
.unit{color:#555}
.notes{list-style:none;padding:0;margin:0}
.notes li{border-left:4px solid #7a6fa8;padding:.2rem .5rem;margin:.4rem 0;background:#f7f6fb}
.notes .who{color:#555;font-size:.88rem;display:block}
.apart{font-size:.88rem;color:#444}
.close{float:right}
.help{margin-top:1rem;background:#f4f7fb;border:1px solid #d5deea;border-radius:4px;padding:.4rem .8rem}
.help summary{font-weight:600;cursor:pointer}
.help p{margin:.4rem 0}
footer{padding:.4rem 1rem;border-top:1px solid #ddd;color:#333;font-size:.9rem}
footer p{margin:.1rem 0}
.skip{position:absolute;left:-999px}
.skip:focus{left:1rem;top:.5rem;background:#fff;padding:.3rem;z-index:2}
@media (max-width:900px){
main{grid-template-columns:1fr}
#bk-map{height:auto;aspect-ratio:var(--ar);max-height:75vh}
}
@page{size:A4;margin:12mm}
@media print{
body{font-size:10.5pt}
main{display:block;padding:0}
.tools,.controls,.skip,.close,#bk-results{display:none}
#bk-map{height:125mm;width:100%}
.legend ul{columns:2}
.help,tr,.notes li,.legend{break-inside:avoid}
h2,h3{break-after:avoid}
#bk-panel a{display:none}
.help{background:none}
header,footer{padding:0}
}
"""

SCRIPT = r"""
(function () {
"use strict";
var D = JSON.parse(document.getElementById("bk-data").textContent);
var W = D.words, svg = document.getElementById("bk-map"), panel = document.getElementById("bk-panel");
var paths = Array.prototype.slice.call(svg.querySelectorAll("path[data-i]"));
var select = document.getElementById("bk-theme"), theme = 0, openIndex = -1;
var byCode = {};
D.buurten.forEach(function (b, i) { byCode[String(b.c).toUpperCase()] = i; });
paths.forEach(function (p, i) {  // a tab stop and a name (shown on hover) per buurt
  var b = D.buurten[i], title = document.createElementNS(svg.namespaceURI, "title");
  title.textContent = b.n || b.c;
  p.appendChild(title);
  p.setAttribute("tabindex", "0");
  p.setAttribute("role", "button");
});

function el(tag, text, cls) {
  var e = document.createElement(tag);
  if (text !== undefined && text !== null) { e.textContent = String(text); }
  if (cls) { e.className = cls; }
  return e;
}
function fmt(t, args) { var k = 0; return t.replace(/\{\}/g, function () { return args[k++]; }); }
function cls(t, b) { var s = b.s[t]; return s && s[1] ? s[1] : null; }
function why(t, b) { var w = b.w[t]; return w ? w.map(function (k) { return D.pieces[k]; }).join(", ") : null; }
function word(t, b) { var c = cls(t, b); return c ? D.themes[t].words[c - 1] : W.no_data; }
function colour(t, b) { var c = cls(t, b); return c ? D.themes[t].colours[c - 1] : null; }
function swatch(c) { var s = el("span", null, c ? "sw" : "sw nd"); if (c) { s.style.background = c; } return s; }

function paint() {
  var th = D.themes[theme], counts = th.words.map(function () { return 0; }), none = 0;
  paths.forEach(function (p) {
    var b = D.buurten[+p.getAttribute("data-i")], c = colour(theme, b);
    p.setAttribute("fill", c || "url(#bk-nodata)");
    p.setAttribute("aria-label", (b.n || b.c) + ", " + word(theme, b));
    if (c) { counts[cls(theme, b) - 1] += 1; } else { none += 1; }
  });
  var legend = document.getElementById("bk-legend");
  legend.textContent = "";
  th.words.forEach(function (w, k) {
    var li = el("li", null, counts[k] ? "" : "empty");
    li.appendChild(swatch(th.colours[k]));
    li.appendChild(el("span", w + " (" + counts[k] + ")"));
    legend.appendChild(li);
  });
  var li = el("li");
  li.appendChild(swatch(null));
  li.appendChild(el("span", W.no_data + " (" + none + ")"));
  legend.appendChild(li);
  document.getElementById("bk-legend-title").textContent = W.legend + ": " + th.label;
  if (openIndex >= 0) { show(openIndex, false); }
}

function row(cells, heads) {
  var tr = el("tr");
  cells.forEach(function (c, k) {
    var td = el(heads ? "th" : "td");
    if (c && c.nodeType) { td.appendChild(c); } else { td.textContent = c === null || c === undefined ? "-" : c; }
    if (!heads && (k === 1 || k === 2) && typeof c === "string" && /^[-+\u2212]?[0-9]/.test(c)) { td.className = "n"; }
    tr.appendChild(td);
  });
  return tr;
}

function show(i, focus) {
  var b = D.buurten[i], th = D.themes[theme];
  openIndex = i;
  panel.textContent = "";
  var close = el("button", W.close, "close");
  close.type = "button";
  close.addEventListener("click", function () { hide(true); });
  panel.appendChild(close);
  panel.appendChild(el("h2", b.n || b.c));
  var g = D.gemeenten[b.g];
  panel.appendChild(el("p", W.code + " " + b.c + (g && g.name ? " \u00b7 " + g.name : ""), "meta"));
  var lead = el("p", null, "lead");
  lead.appendChild(el("span", th.label + ": "));
  lead.appendChild(el("b", word(theme, b)));
  var s = b.s[theme];
  if (s && s[0] !== null) { lead.appendChild(el("span", " (" + W.score.toLowerCase() + " " + s[0] + ")")); }
  panel.appendChild(lead);
  if (why(theme, b) && why(theme, b) !== word(theme, b)) { panel.appendChild(el("p", why(theme, b), "why")); }
  if (b.d && b.d[theme]) { panel.appendChild(el("p", W.change + ": " + b.d[theme], "change")); }
  panel.appendChild(el("h3", W.scores));
  var hasChange = b.d && b.d.some(function (x) { return x; });
  var table = el("table"), head = [W.theme_col, W.score, W.verdict].concat(hasChange ? [W.change] : []);
  table.appendChild(row(head, true));
  D.themes.forEach(function (t, k) {
    var cell = el("span");
    cell.appendChild(swatch(colour(k, b)));
    cell.appendChild(el("span", " " + word(k, b)));
    var sc = b.s[k];
    var cells = [t.label, sc && sc[0] !== null ? sc[0] : "-", cell];
    if (hasChange) { cells.push(b.d[k] || ""); }
    table.appendChild(row(cells, false));
  });
  panel.appendChild(table);
  var whys = D.themes.map(function (t, k) {
    return k !== theme && why(k, b) && why(k, b) !== word(k, b) ? [t.label, why(k, b)] : null;
  })
    .filter(function (x) { return x; });
  if (whys.length) {
    panel.appendChild(el("h3", W.why));
    var ul = el("ul");
    whys.forEach(function (x) {
      var li = el("li");
      li.appendChild(el("b", x[0] + ": "));
      li.appendChild(el("span", x[1]));
      ul.appendChild(li);
    });
    panel.appendChild(ul);
  }
  panel.appendChild(el("h3", W.notes));
  if (b.t.length) {
    var nl = el("ul", null, "notes");
    b.t.forEach(function (n) {
      var li = el("li");
      li.appendChild(el("span", [n[0], n[1], n[2]].filter(function (x) { return x; }).join(" \u00b7 "), "who"));
      li.appendChild(el("span", n[3]));
      nl.appendChild(li);
    });
    panel.appendChild(nl);
  } else {
    panel.appendChild(el("p", W.no_notes));
  }
  panel.appendChild(el("p", W.notes_apart, "apart"));
  if (D.indicators.length) {
    panel.appendChild(el("h3", W.figures));
    var ft = el("table");
    ft.appendChild(row([W.indicator + " (" + W.unit.toLowerCase() + ")", W.buurt,
                        fmt(W.average, [g && g.name ? g.name : ""])], true));
    D.indicators.forEach(function (ind, k) {
      if (b.v[k] === null || b.v[k] === undefined) { return; }
      var label = el("span", ind[0]);
      if (ind[1]) { label.appendChild(el("small", " (" + ind[1] + ")", "unit")); }
      ft.appendChild(row([label, b.v[k], g ? g.values[k] : "-"], false));
    });
    panel.appendChild(ft);
  }
  var link = el("a", W.link);
  link.href = "#" + b.c;
  panel.appendChild(link);
  var old = document.getElementById("bk-chosen");
  if (old) { old.removeAttribute("id"); }
  paths[i].id = "bk-chosen";
  document.getElementById("bk-selected").setAttribute("href", "#bk-chosen");
  if (location.hash.slice(1).toUpperCase() !== String(b.c).toUpperCase()) {
    try { history.replaceState(null, "", "#" + b.c); } catch (e) { /* a page opened from disk may refuse */ }
  }
  if (focus) { panel.focus(); }
}

function hide(back) {
  var i = openIndex;
  openIndex = -1;
  panel.textContent = "";
  panel.appendChild(el("p", W.choose, "hint"));
  document.getElementById("bk-selected").setAttribute("href", "#bk-none");
  try { history.replaceState(null, "", location.pathname + location.search); } catch (e) { /* ignore */ }
  if (back && i >= 0) { paths[i].focus(); }
}

// zoom and pan: the viewBox
var full = svg.viewBox.baseVal, box = [full.x, full.y, full.width, full.height], home = box.slice();
var hatch = document.getElementById("bk-nodata"), hatchSize = +hatch.getAttribute("width");
var labelsGroup = document.getElementById("bk-labels"), fontSize = +labelsGroup.getAttribute("font-size");
function view() {
  svg.setAttribute("viewBox", box.join(" "));
  var k = Math.max(box[2] / home[2], 0.001);  // the hatching keeps its size on screen when zoomed
  hatch.setAttribute("width", hatchSize * k);
  hatch.setAttribute("height", hatchSize * k);
  hatch.querySelector("rect").setAttribute("width", hatchSize * k);
  hatch.querySelector("rect").setAttribute("height", hatchSize * k);
  var line = hatch.querySelector("line");
  line.setAttribute("y2", hatchSize * k);
  line.setAttribute("stroke-width", Math.max(hatchSize * k / 4, 0.01));
  labelsGroup.setAttribute("font-size", fontSize * k);  // and so do the names
}
function zoom(f, cx, cy) {
  if (cx === undefined) { cx = box[0] + box[2] / 2; cy = box[1] + box[3] / 2; }
  var w = Math.min(home[2] * 1.2, Math.max(home[2] / 400, box[2] * f)), h = w * box[3] / box[2];
  box = [cx - (cx - box[0]) * w / box[2], cy - (cy - box[1]) * h / box[3], w, h];
  view();
}
function zoomTo(i) {
  var r = paths[i].getBBox(), m = Math.max(r.width, r.height);
  if (m * 40 > box[2]) { return; }
  var w = Math.max(m * 12, home[2] / 400), h = w * home[3] / home[2];
  box = [r.x + r.width / 2 - w / 2, r.y + r.height / 2 - h / 2, w, h];
  view();
}
document.getElementById("bk-zin").addEventListener("click", function () { zoom(0.5); });
document.getElementById("bk-zout").addEventListener("click", function () { zoom(2); });
document.getElementById("bk-zreset").addEventListener("click", function () { box = home.slice(); view(); });
var drag = null, moved = false;
svg.addEventListener("pointerdown", function (ev) { drag = [ev.clientX, ev.clientY, box[0], box[1]]; moved = false; });
svg.addEventListener("pointermove", function (ev) {
  if (!drag) { return; }
  var k = box[2] / svg.getBoundingClientRect().width, dx = ev.clientX - drag[0], dy = ev.clientY - drag[1];
  if (Math.abs(dx) + Math.abs(dy) > 4) { moved = true; }
  if (moved) { box[0] = drag[2] - dx * k; box[1] = drag[3] - dy * k; view(); }
});
window.addEventListener("pointerup", function () { drag = null; });

svg.addEventListener("click", function (ev) {
  var p = ev.target.closest ? ev.target.closest("path[data-i]") : null;
  if (p && !moved) {
    show(+p.getAttribute("data-i"), false);
    if (window.matchMedia && window.matchMedia("(max-width: 900px)").matches) {
      panel.scrollIntoView({block: "start"});  // on a phone the panel is below the map
    }
  }
});
svg.addEventListener("keydown", function (ev) {
  var p = ev.target;
  if (p.getAttribute && p.getAttribute("data-i") !== null && (ev.key === "Enter" || ev.key === " ")) {
    ev.preventDefault();
    show(+p.getAttribute("data-i"), true);
  }
});
document.addEventListener("keydown", function (ev) { if (ev.key === "Escape" && openIndex >= 0) { hide(true); } });
select.addEventListener("change", function () { theme = +select.value; paint(); });
document.getElementById("bk-names").addEventListener("change", function (ev) {
  document.getElementById("bk-labels").setAttribute("class", ev.target.checked ? "" : "off");
});

// search by name (or code), accents and case ignored
function plain(t) { return String(t || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase(); }
var names = D.buurten.map(function (b) { return plain(b.n) + " " + plain(b.c); });
var search = document.getElementById("bk-search"), results = document.getElementById("bk-results");
function found() {
  var q = plain(search.value).trim(), out = [];
  if (!q) { return out; }
  for (var i = 0; i < names.length && out.length < 12; i++) { if (names[i].indexOf(q) >= 0) { out.push(i); } }
  return out;
}
search.addEventListener("input", function () {
  results.textContent = "";
  var hits = found();
  if (!hits.length && search.value.trim()) { results.appendChild(el("li", W.none_found)); }
  hits.forEach(function (i) {
    var b = D.buurten[i], li = el("li"), btn = el("button", (b.n || b.c) + " (" + b.c + ")");
    btn.type = "button";
    btn.addEventListener("click", function () { zoomTo(i); show(i, true); });
    li.appendChild(btn);
    results.appendChild(li);
  });
});
search.addEventListener("keydown", function (ev) {
  if (ev.key === "Enter") { var hits = found(); if (hits.length) { zoomTo(hits[0]); show(hits[0], true); } }
});

function fromHash() {
  var code = decodeURIComponent(location.hash.slice(1)).toUpperCase();
  var i = byCode[code];
  if (code && i !== undefined && i !== openIndex) { zoomTo(i); show(i, false); }
}
window.addEventListener("hashchange", fromHash);
paint();
fromHash();
document.documentElement.setAttribute("data-bk-ready", "1");
})();
"""
