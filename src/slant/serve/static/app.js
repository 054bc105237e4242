"use strict";
// The slant page: sends a page to the API and shows the answer.
// Page text is untrusted: every piece of it goes into the DOM through textContent or
// createTextNode and is never parsed as markup, so a page that contains tags shows them as text.

(function () {
  const LAYERS_NOT_SHOWN = new Set(["sentences", "tokens"]);
  const LAYER_ORDER = ["techniques", "sources", "quotes", "misspellings", "links", "toxicity", "echoes", "echoed", "repeats", "dates"];
  // A label the server's table does not know (a third-party annotator's) is drawn in neutral grey:
  // the page never invents a colour, so a colour always means the same label.
  const UNKNOWN_COLOUR = "#8a8f98";
  // Even odds, for a score the label table gives no threshold for.
  const DEFAULT_THRESHOLD = 0.5;

  const state = {
    data: null,
    labels: {}, // GET /v1/labels: layer -> label -> title, group, definition, example, colour, threshold
    labelsLoaded: null, // the promise of the table, awaited before a result is drawn
    request: null, // {kind: "json"|"file", body}: sent again for the HTML report
    keys: [], // "layer:label", in legend order
    hidden: new Set(),
    // Technique spans under the display threshold (span.shown === false in the JSON) stay unmarked
    // until the reader ticks "Show less certain spans" (issue 15).
    showLow: false,
    marks: [], // [{el, items, keys}], for repainting
    badges: [], // [{el, item}]: each scored span's confidence, printed after it
    records: new WeakMap(), // mark element -> its record, for explanations
    markById: new Map(),
    pinned: null,
  };

  const $ = (id) => document.getElementById(id);

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function humanize(label) {
    return String(label).replace(/[_-]+/g, " ").replace(/,/g, ", ").replace(/^\w/, (c) => c.toUpperCase());
  }

  function labelInfo(layer, label) {
    const known = (state.labels[layer] || {})[label];
    return known || { title: humanize(label), group: humanize(layer), definition: "", example: "", colour: UNKNOWN_COLOUR, threshold: null };
  }

  function layerName(layer) {
    const known = Object.values(state.labels[layer] || {})[0];
    return known ? known.group : humanize(layer);
  }

  // The label's colour from the server's label table: a line in it, and a background at 30 % opacity.
  function colourBy(node, key) {
    const [layer, label] = splitKey(key);
    const colour = /^#[0-9a-f]{6}$/i.test(labelInfo(layer, label).colour) ? labelInfo(layer, label).colour : UNKNOWN_COLOUR;
    node.style.setProperty("--hl-line", colour);
    node.style.setProperty("--hl-bg", colour + "4d");
  }

  // The score at or above which a comment has a toxicity label: the table's (the model's tuned) threshold.
  function thresholdOf(label) {
    const threshold = labelInfo("toxicity", label).threshold;
    return typeof threshold === "number" ? threshold : DEFAULT_THRESHOLD;
  }

  function percent(score) {
    return Math.round(Number(score) * 100) + "%";
  }

  // ---- talking to the API ---------------------------------------------------------------

  function headers(extra) {
    const result = Object.assign({}, extra || {});
    const key = $("key-box").value.trim();
    if (key) result["X-API-Key"] = key;
    return result;
  }

  async function send(request, report) {
    const url = (request.kind === "file" ? "/v1/analyze/file" : "/v1/analyze") + "?report=" + report;
    const init = { method: "POST", headers: headers(request.kind === "file" ? {} : { "Content-Type": "application/json" }) };
    if (request.kind === "file") {
      const form = new FormData();
      form.append("file", request.body);
      init.body = form;
    } else {
      init.body = JSON.stringify(request.body);
    }
    const response = await fetch(url, init);
    if (!response.ok) {
      let message = "the server answered " + response.status;
      try {
        const problem = await response.json();
        if (problem && problem.error && problem.error.message) message = problem.error.message;
      } catch (ignored) {
        /* not JSON: keep the status */
      }
      const error = new Error(message);
      error.status = response.status;
      throw error;
    }
    return response;
  }

  function requestFromForm() {
    const mode = document.querySelector("input[name=mode]:checked").value;
    if (mode === "file") {
      const file = $("file-box").files[0];
      if (!file) throw new Error("choose a file first");
      return { kind: "file", body: file };
    }
    if (mode === "url") {
      const url = $("url-box").value.trim();
      if (!/^https?:\/\//i.test(url)) throw new Error("give a full address starting with http:// or https://");
      // Rendering is offered only when the server says it renders (GET /healthz: "render").
      if (!$("render-option").hidden && $("render-box").checked) return { kind: "json", body: { url: url, render: true } };
      return { kind: "json", body: { url: url } };
    }
    const text = $("paste-box").value;
    if (!text.trim()) throw new Error("paste a page first");
    const head = text.trimStart();
    if (head.startsWith("{")) {
      try {
        return { kind: "json", body: { page: JSON.parse(text) } };
      } catch (ignored) {
        /* not JSON after all: read it as text */
      }
    }
    if (/^<(!doctype|html|head|body|article|div|p|main|section|h1)\b/i.test(head)) {
      return { kind: "json", body: { html: text } };
    }
    return { kind: "json", body: { text: text } };
  }

  async function offerRendering() {
    try {
      const response = await fetch("/healthz");
      if (response.ok) $("render-option").hidden = !(await response.json()).render;
    } catch (ignored) {
      /* no rendering offered */
    }
  }

  async function loadLabels() {
    try {
      const response = await fetch("/v1/labels");
      if (response.ok) state.labels = await response.json();
    } catch (ignored) {
      /* explanations fall back to the label names, colours to grey */
    }
  }

  function setStatus(text, isError) {
    const status = $("status");
    status.textContent = text;
    status.classList.toggle("error", Boolean(isError));
  }

  async function onSubmit(event) {
    event.preventDefault();
    let request;
    try {
      request = requestFromForm();
    } catch (error) {
      setStatus(error.message, true);
      return;
    }
    const button = $("analyze-button");
    button.disabled = true;
    setStatus(request.body && request.body.render ? "Opening the page in a browser, then analysing…" : "Analysing…", false);
    const started = performance.now();
    try {
      const response = await send(request, "json");
      const data = await response.json();
      await state.labelsLoaded;
      state.request = request;
      render(data);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      setStatus("Done in " + seconds + " s.", false);
      $("results").focus({ preventScroll: true });
      $("results").scrollIntoView({ behavior: "smooth", block: "start" });
    } catch (error) {
      setStatus(error.message, true);
      if (error.status === 401) $("key-box").closest("details").open = true;
    } finally {
      button.disabled = false;
    }
  }

  // ---- highlighting -----------------------------------------------------------------------

  function keyOf(layer, label) {
    return layer + ":" + label;
  }

  function spanId(owner, layer, span) {
    return [owner, layer, span.start, span.end, span.label].join(":");
  }

  function shownSpans(layers, owner) {
    const result = [];
    for (const layer of Object.keys(layers || {})) {
      if (LAYERS_NOT_SHOWN.has(layer)) continue;
      for (const span of layers[layer]) {
        if (span.end > span.start) result.push({ layer: layer, span: span, key: keyOf(layer, span.label), id: spanId(owner, layer, span), low: span.shown === false });
      }
    }
    return result;
  }

  // Split text at every span boundary; each piece lists every span covering it, so overlapping
  // spans of different techniques both stay visible and explainable.
  function highlighted(text, items) {
    const fragment = document.createDocumentFragment();
    const cuts = new Set([0, text.length]);
    for (const item of items) {
      cuts.add(Math.max(0, Math.min(text.length, item.span.start)));
      cuts.add(Math.max(0, Math.min(text.length, item.span.end)));
    }
    const points = Array.from(cuts).sort((a, b) => a - b);
    const byStart = items.slice().sort((a, b) => a.span.start - b.span.start);
    let next = 0;
    let active = [];
    for (let i = 0; i < points.length - 1; i++) {
      const from = points[i];
      const to = points[i + 1];
      active = active.filter((item) => item.span.end > from);
      while (next < byStart.length && byStart[next].span.start <= from) {
        if (byStart[next].span.end > from) active.push(byStart[next]);
        next++;
      }
      const piece = text.slice(from, to);
      if (active.length === 0) {
        fragment.appendChild(document.createTextNode(piece));
        continue;
      }
      const mark = el("mark", "hl", piece);
      mark.tabIndex = 0;
      const covering = active.slice();
      const record = { el: mark, items: covering, keys: covering.map((item) => item.key) };
      state.marks.push(record);
      for (const item of covering) {
        if (!state.markById.has(item.id)) state.markById.set(item.id, mark);
      }
      state.records.set(mark, record);
      paint(record);
      fragment.appendChild(mark);
      // A span whose layer has a display threshold ("shown" in the JSON) shows its confidence after it.
      for (const item of covering) {
        if (item.span.end !== to || typeof item.span.shown !== "boolean") continue;
        // Drawn by CSS from data-conf: the page's text (what a reader copies) stays the page's.
        const badge = el("sup", "conf");
        badge.dataset.conf = percent(item.span.score);
        badge.title = "confidence of this span";
        const entry = { el: badge, item: item };
        state.badges.push(entry);
        paintBadge(entry);
        fragment.appendChild(badge);
      }
    }
    return fragment;
  }

  function isVisible(item) {
    return !state.hidden.has(item.key) && (state.showLow || !item.low);
  }

  function paintBadge(entry) {
    entry.el.hidden = !isVisible(entry.item);
  }

  function paint(record) {
    const visible = Array.from(new Set(record.items.filter(isVisible).map((item) => item.key)));
    record.el.classList.toggle("off", visible.length === 0);
    record.el.classList.toggle("multi", visible.length > 1);
    if (visible.length > 0) colourBy(record.el, visible[0]);
    const names = visible.map((key) => {
      const [layer, label] = splitKey(key);
      return labelInfo(layer, label).title;
    });
    record.el.setAttribute("aria-label", record.el.textContent + (names.length ? " (" + names.join(", ") + ")" : ""));
  }

  function splitKey(key) {
    const at = key.indexOf(":");
    return [key.slice(0, at), key.slice(at + 1)];
  }

  function repaint() {
    for (const record of state.marks) paint(record);
    for (const entry of state.badges) paintBadge(entry);
    for (const box of document.querySelectorAll("#legend input[data-key]")) {
      box.checked = !state.hidden.has(box.dataset.key);
    }
    const showLow = $("show-low");
    if (showLow) showLow.checked = state.showLow;
  }

  // ---- explanations -------------------------------------------------------------------------

  function tipFor(record) {
    const tip = $("tip");
    tip.replaceChildren();
    const seen = new Set();
    for (const item of record.items) {
      if (!isVisible(item) || seen.has(item.id)) continue;
      seen.add(item.id);
      const info = labelInfo(item.layer, item.span.label);
      const block = el("div", "tip-item");
      const head = el("p", "tip-title");
      const swatch = el("span", "swatch");
      colourBy(swatch, item.key);
      swatch.setAttribute("aria-hidden", "true");
      head.append(swatch, document.createTextNode(info.title));
      if (item.span.score < 1) head.appendChild(el("span", "tip-score", " " + percent(item.span.score) + " sure"));
      block.appendChild(head);
      block.appendChild(el("p", "tip-layer", layerName(item.layer)));
      if (info.definition) block.appendChild(el("p", "tip-def", info.definition));
      const attrs = item.span.attrs || {};
      const extra = attrs.suggestion ? "Suggested spelling: " + attrs.suggestion
        : attrs.name ? "Source: " + attrs.name + (attrs.domain ? " (" + attrs.domain + ")" : "")
        : attrs.domain ? "Site: " + attrs.domain : "";
      if (extra) block.appendChild(el("p", "tip-extra", extra));
      if (info.example) {
        const quoted = /^["“‘'«]/.test(info.example) ? info.example : "“" + info.example + "”";
        block.appendChild(el("p", "tip-example", "e.g. " + quoted));
      }
      tip.appendChild(block);
    }
    return seen.size > 0;
  }

  function showTip(mark, pin) {
    const record = state.records.get(mark);
    if (!record || !tipFor(record)) return hideTip(true);
    const tip = $("tip");
    tip.hidden = false;
    tip.id = "tip";
    mark.setAttribute("aria-describedby", "tip");
    if (pin) state.pinned = mark;
    if (window.matchMedia("(max-width: 640px)").matches) {
      tip.style.left = "";
      tip.style.top = "";
      return undefined;
    }
    const box = mark.getBoundingClientRect();
    const width = Math.min(360, document.documentElement.clientWidth - 24);
    const left = Math.max(12, Math.min(box.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - width - 12));
    tip.style.width = width + "px";
    tip.style.left = left + "px";
    tip.style.top = box.bottom + window.scrollY + 8 + "px";
    return undefined;
  }

  function hideTip(force) {
    if (state.pinned && !force) return;
    state.pinned = null;
    $("tip").hidden = true;
    for (const mark of document.querySelectorAll("mark[aria-describedby]")) mark.removeAttribute("aria-describedby");
  }

  function wireMarks(root) {
    // Hover only for a real mouse: on a touch screen the emulated hover would open the sheet under
    // the finger before the tap lands; a tap opens it through the click handler instead.
    root.addEventListener("pointerover", (event) => {
      const mark = event.target.closest("mark.hl");
      if (mark && event.pointerType === "mouse" && !state.pinned) showTip(mark, false);
    });
    root.addEventListener("pointerout", (event) => {
      const mark = event.target.closest("mark.hl");
      if (mark && event.pointerType === "mouse" && !mark.contains(event.relatedTarget)) hideTip(false);
    });
    root.addEventListener("focusin", (event) => {
      const mark = event.target.closest("mark.hl");
      if (mark) showTip(mark, false);
    });
    root.addEventListener("focusout", () => hideTip(false));
    root.addEventListener("click", (event) => {
      const mark = event.target.closest("mark.hl");
      if (!mark) return;
      if (state.pinned === mark) return hideTip(true);
      state.pinned = null;
      showTip(mark, true);
      return undefined;
    });
    root.addEventListener("keydown", (event) => {
      const mark = event.target.closest("mark.hl");
      if (mark && (event.key === "Enter" || event.key === " ")) {
        event.preventDefault();
        showTip(mark, true);
      }
    });
  }

  // ---- rendering ------------------------------------------------------------------------------

  // The legend lists every label marked on the page; its counts are the server's statistics of the
  // whole page (stats.layers[layer].labels), the numbers the HTML report's legend shows.
  // A layer with a display threshold counts the spans shown by default (stats.layers[layer].shown_labels);
  // its less certain ones are counted apart, as "+N".
  function collectKeys(data) {
    const counts = new Map();
    const lowCounts = new Map();
    const layerStats = (data.stats && data.stats.layers) || {};
    const add = (layers) => {
      for (const item of shownSpans(layers, "")) {
        const [layer, label] = splitKey(item.key);
        const entry = layerStats[layer] || {};
        const all = (entry.labels || {})[label] || 0;
        const shown = entry.shown_labels ? entry.shown_labels[label] || 0 : all;
        counts.set(item.key, shown);
        lowCounts.set(item.key, all - shown);
      }
    };
    add(data.article.spans);
    add(data.article.title_spans);
    for (const comment of data.comments || []) add(comment.spans);
    const rank = (key) => {
      const index = LAYER_ORDER.indexOf(splitKey(key)[0]);
      return index < 0 ? LAYER_ORDER.length : index;
    };
    const keys = Array.from(counts.keys()).sort((a, b) => rank(a) - rank(b) || counts.get(b) - counts.get(a) || lowCounts.get(b) - lowCounts.get(a) || a.localeCompare(b));
    return { keys: keys, counts: counts, lowCounts: lowCounts };
  }

  function renderSummary(data) {
    const article = data.article;
    $("page-title").textContent = article.title || "Untitled page";
    const meta = [data.outlet, article.published ? String(article.published).slice(0, 10) : null, article.author ? "by " + article.author : null, article.language ? "language: " + article.language : null]
      .filter(Boolean);
    $("page-meta").textContent = meta.join(" · ");
    const stats = $("page-stats");
    stats.replaceChildren();
    // Every number is the server's statistics of the page (the JSON's "stats"), the numbers the HTML
    // report and the terminal summary show; each says whether it counts the article or the whole page.
    const figures = data.stats || { layers: {} };
    const layers = figures.layers || {};
    const inArticle = (layer, label) => ((layers[layer] || {}).article_labels || {})[label] || 0;
    const facts = [[figures.article_words, "words"], [figures.comments, "comments"]];
    if (layers.techniques && typeof layers.techniques.shown === "number") facts.push([layers.techniques.shown + " / " + layers.techniques.total, "technique spans shown / found on the page"]);
    else if (layers.techniques) facts.push([layers.techniques.total, "technique spans on the page"]);
    if (layers.sources) facts.push([inArticle("sources", "named") + " / " + inArticle("sources", "unnamed"), "sources named / unnamed in the article"]);
    if (layers.quotes) facts.push([inArticle("quotes", "scare_quote"), "scare quotes in the article"], [inArticle("quotes", "quotation"), "quotations in the article"]);
    if (layers.misspellings) facts.push([layers.misspellings.article, "misspellings in the article"]);
    if (typeof figures.toxic_comments === "number") facts.push([figures.toxic_comments, "toxic comments (score ≥ " + Number(figures.toxic_threshold).toFixed(2) + ")"]);
    for (const [number, what] of facts.filter(([number]) => number !== undefined && number !== null)) {
      const item = el("li");
      item.append(el("strong", null, number), document.createTextNode(" " + what));
      stats.appendChild(item);
    }
    const note = $("page-note");
    const missing = ["techniques", "toxicity"].filter((name) => !(data.annotators || []).includes(name));
    // The server's notes (the JSON's "notes"), the sentences the HTML report and the terminal show.
    const lines = (data.notes || []).slice();
    if (missing.length) lines.push("Not available on this server: " + missing.join(" and ") + " (the model is not installed).");
    note.hidden = lines.length === 0;
    note.textContent = lines.join(" ");
  }

  // "from 40% in the title and article, 55% in comments": the display thresholds the JSON carries.
  function thresholdsText(data, layer) {
    const kinds = (data.display_thresholds || {})[layer] || {};
    return "from " + percent(kinds.article || 0) + " in the title and article, " + percent(kinds.comment || 0) + " in comments";
  }

  function revealBox(layer, lowCounts) {
    let low = 0;
    for (const [key, count] of lowCounts) if (splitKey(key)[0] === layer) low += count;
    if (!low) return null;
    const box = el("div", "reveal");
    box.appendChild(el("p", "hint", "Each span shows its confidence: the calibrated chance that it is this technique. Shown " + thresholdsText(state.data, layer) + "; “+N” counts the less certain ones."));
    const row = el("label", "legend-item");
    const input = el("input");
    input.type = "checkbox";
    input.id = "show-low";
    input.checked = state.showLow;
    row.append(input, el("span", "legend-name", "Show " + low + " less certain span" + (low === 1 ? "" : "s")));
    box.appendChild(row);
    return box;
  }

  function renderLegend(counts, lowCounts) {
    const legend = $("legend");
    legend.replaceChildren();
    if (state.keys.length === 0) {
      legend.appendChild(el("p", "hint", "Nothing is marked on this page."));
      return;
    }
    legend.appendChild(el("p", "hint", "Counts are of the whole page: the title, the article and the comments."));
    let group = null;
    let currentLayer = null;
    for (const key of state.keys) {
      const [layer, label] = splitKey(key);
      if (layer !== currentLayer) {
        currentLayer = layer;
        group = el("fieldset", "legend-group");
        group.appendChild(el("legend", null, layerName(layer)));
        const reveal = revealBox(layer, lowCounts);
        if (reveal) group.appendChild(reveal);
        legend.appendChild(group);
      }
      const info = labelInfo(layer, label);
      const row = el("label", "legend-item");
      const box = el("input");
      box.type = "checkbox";
      box.checked = !state.hidden.has(key);
      box.dataset.key = key;
      const swatch = el("span", "swatch");
      colourBy(swatch, key);
      swatch.setAttribute("aria-hidden", "true");
      const count = el("span", "legend-count", counts.get(key));
      if (lowCounts.get(key)) count.appendChild(el("span", "legend-low", " +" + lowCounts.get(key)));
      row.append(box, swatch, el("span", "legend-name", info.title), count);
      if (info.definition) row.title = info.definition;
      group.appendChild(row);
    }
  }

  function renderArticle(data) {
    const title = data.article.title || "";
    const titleBox = $("article-title");
    titleBox.replaceChildren(highlighted(title, shownSpans(data.article.title_spans, "title")));
    // The summary already shows the title; repeat it here only when it carries marks.
    titleBox.hidden = !title || titleBox.querySelector("mark") === null;
    $("article-text").replaceChildren(highlighted(data.article.text, shownSpans(data.article.spans, "article")));
  }

  function renderSources(data) {
    const box = $("sources");
    box.replaceChildren();
    const groups = [
      ["sources", "named", "Named sources"],
      ["sources", "unnamed", "Unnamed sources"],
      ["sources", "outlet", "Cited outlets"],
      ["quotes", "quotation", "Quotations"],
      ["quotes", "scare_quote", "Scare quotes"],
    ];
    let any = false;
    for (const [layer, label, heading] of groups) {
      const spans = ((data.article.spans || {})[layer] || []).filter((s) => s.label === label);
      if (spans.length === 0) continue;
      any = true;
      box.appendChild(el("h3", null, heading + " (" + spans.length + ")"));
      const list = el("ul", "source-list");
      for (const span of spans) {
        const item = el("li");
        const button = el("button", "linklike", span.text.length > 140 ? span.text.slice(0, 137) + "…" : span.text);
        button.type = "button";
        button.dataset.target = spanId("article", layer, span);
        item.appendChild(button);
        const name = span.attrs && (span.attrs.name || span.attrs.domain);
        if (name) item.appendChild(el("span", "source-name", " — " + name));
        list.appendChild(item);
      }
      box.appendChild(list);
    }
    if (!any) box.appendChild(el("p", "hint", "No sources or quotations found."));
  }

  // Echoes of the article and repeats (issue 19): the annotators' page figures (article.attributes.echo
  // and .repeats, the ones the terminal and the HTML report show), each phrase a button to its first mark.
  function renderEchoes(data) {
    const box = $("echoes");
    box.replaceChildren();
    const attributes = data.article.attributes || {};
    const echo = attributes.echo;
    const repeats = attributes.repeats;
    const comments = data.comments || [];
    const plural = (n, word) => n + " " + word + (n === 1 ? "" : "s");
    const firstMark = (phrase, ids, layer) => {
      for (const comment of comments) {
        if (!ids.includes(comment.id)) continue;
        const span = ((comment.spans || {})[layer] || []).find((s) => s.attrs && s.attrs.phrase === phrase);
        if (span) return spanId("comment-" + comment.id, layer, span);
      }
      return null;
    };
    const list = (heading, items, layer) => {
      if (!items.length) return;
      box.appendChild(el("h3", null, heading));
      const ul = el("ul", "source-list");
      for (const item of items) {
        const li = el("li");
        const ids = item.comments || [];
        const phrase = item.phrase || item.sentence;  // a paraphrased sentence is its spans' attrs.phrase
        const button = el("button", "linklike", "“" + (phrase || item.text || "") + "”");
        button.type = "button";
        const target = phrase ? firstMark(phrase, ids, layer) : null;
        if (target) button.dataset.target = target;
        li.append(button, el("span", "source-name", " — " + plural(ids.length, "comment")));
        ul.appendChild(li);
      }
      box.appendChild(ul);
    };
    if (!echo && !repeats) {
      box.appendChild(el("p", "hint", "The echo and repeats annotators did not run."));
      return;
    }
    if (echo) {
      // The same sentence as the terminal summary and the HTML report (slant.reports._echo).
      const text = comments.length === 0 ? "No comments to echo the article."
        : echo.comments === 0 ? "None of " + plural(comments.length, "comment") + " repeats the article's words."
        : echo.comments + " of " + plural(comments.length, "comment") + " (" + Math.round(100 * (echo.share || 0)) + "%) "
          + (echo.paraphrases !== undefined ? "echo the article." : "repeat the article's words.");
      box.appendChild(el("p", null, text));
      list("Article phrases echoed", echo.phrases || [], "echoes");
      if (echo.paraphrases !== undefined && comments.length) {
        // Only when the opt-in paraphrase annotator ran; worded as slant.reports._echo._paraphrase_text.
        const sentences = echo.paraphrased || [];
        const commenters = new Set(sentences.flatMap((item) => item.comments || [])).size;
        box.appendChild(el("p", null, sentences.length === 0 ? "No comment restates an article sentence in other words."
          : plural(echo.paraphrases, "comment sentence") + " by " + plural(commenters, "comment") + (echo.paraphrases === 1 ? " restates" : " restate") + " the article in other words."));
        list("Article sentences restated", sentences, "echoes");
      }
    }
    if (repeats) {
      if (repeats.repeated_comments) box.appendChild(el("p", null, plural(repeats.repeated_comments, "comment") + " are copies of another."));
      list("Repeated comments", repeats.groups || [], "repeats");
      list("Slogans", repeats.slogans || [], "repeats");
      if (!repeats.repeated_comments && !(repeats.slogans || []).length) box.appendChild(el("p", "hint", "No repeated comments or slogans."));
    }
  }

  // Actors and places (issue 19): article.attributes.actors, in the words of slant.reports._actors (the
  // terminal's and the HTML report's), and the places on the server's offline map (POST /v1/map).
  const KIND_NOUNS = { person: ["person", "people"], org: ["organisation", "organisations"], place: ["place", "places"] };

  function actorMentions(actor) {
    const mentions = actor.mentions || {};
    const parts = [];
    if (mentions.article) parts.push(mentions.article + " in the article");
    if (mentions.comments) parts.push(mentions.comments + " in " + actor.comments + " comment" + (actor.comments === 1 ? "" : "s"));
    return parts.join(", ") || "no mentions";
  }

  function actorFraming(actor) {
    const framing = actor.framing || {};
    const pieces = [];
    for (const [key, title] of [["techniques", "techniques"], ["sources", "sources"], ["quotes", "quotes"], ["toxic_words", "toxic words"], ["toxic_comments", "in toxic comments"]]) {
      const counts = Object.entries(framing[key] || {});
      if (counts.length) pieces.push(title + ": " + counts.map(([label, n]) => label.replace(/_/g, " ") + " " + n).join(", "));
    }
    return pieces.join("; ") || "nothing near it";
  }

  async function drawMap(box, actors, before) {
    const places = actors.map((a) => ({
      label: a.name,
      latitude: a.place.latitude,
      longitude: a.place.longitude,
      weight: Math.max(1, (a.mentions.article || 0) + (a.mentions.comments || 0)),
      title: a.name + ": " + actorMentions(a),
    }));
    try {
      const response = await fetch("/v1/map", {
        method: "POST",
        headers: headers({ "Content-Type": "application/json" }),
        body: JSON.stringify({ places: places, caption: "Places the page names, sized by mentions" }),
      });
      if (!response.ok) return;
      const img = el("img", "map");
      img.id = "actors-map";
      img.alt = "World map of the places the page names: " + places.map((p) => p.label).join(", ");
      img.src = "data:image/svg+xml;charset=utf-8," + encodeURIComponent(await response.text());
      box.insertBefore(img, before);
    } catch (ignored) {
      /* the list below says the same without the map */
    }
  }

  function renderActors(data) {
    const box = $("actors");
    box.replaceChildren();
    const result = (data.article.attributes || {}).actors;
    if (!result) {
      box.appendChild(el("p", "hint", "The actors annotator did not run: it is opt-in (slant serve --with actors)."));
      return;
    }
    const actors = result.actors || [];
    const read = result.read || {};
    const notes = [];
    if (read.comments_unread) notes.push(read.comments_unread + " comments past the reading budget not read");
    if (read.other_language_parts) notes.push(read.other_language_parts + " parts in languages no model here reads");
    if (!actors.length) {
      box.appendChild(el("p", null, [result.note || "no people, organisations or places named"].concat(notes).join("; ")));
      return;
    }
    const count = (n, kind) => n + " " + KIND_NOUNS[kind][n === 1 ? 0 : 1];
    let text = [count(result.people || 0, "person"), count(result.orgs || 0, "org"), count(result.places || 0, "place")].join(", ");
    if (result.places) text += " (" + (result.mapped || 0) + " on the map)";
    box.appendChild(el("p", null, [text].concat(notes).join("; ")));
    const list = el("ul", "source-list");
    list.id = "actors-list";
    for (const actor of actors) {
      const li = el("li");
      li.append(el("b", null, actor.name), el("span", "source-name", " — " + actor.kind + ": " + actorMentions(actor)));
      const framing = actorFraming(actor);
      if (framing !== "nothing near it") li.appendChild(el("div", "hint", framing));
      list.appendChild(li);
    }
    box.appendChild(list);
    const mapped = actors.filter((a) => a.place && typeof a.place.latitude === "number");
    if (mapped.length) drawMap(box, mapped, list);
  }

  // The page's date against the story's time (issue 19): article.attributes.story_time, the figures the
  // terminal and the HTML report word in slant.reports._story_time.
  function renderDates(data) {
    const box = $("dates");
    box.replaceChildren();
    const result = (data.article.attributes || {}).story_time;
    if (!result) {
      box.appendChild(el("p", "hint", "The story-time annotator did not run."));
      return;
    }
    const page = result.page_date;
    box.appendChild(el("p", null, page ? "Page dated " + page.value + " (" + page.source + ": “" + page.text + "”)." : "The page gives no date."));
    if (result.window) {
      const bounds = [];
      const by = (why) => (why ? " (" + why + ")" : "");
      if (result.window.not_before) bounds.push("not before " + result.window.not_before + by(result.window.not_before_by));
      if (result.window.not_after) bounds.push("not after " + result.window.not_after + by(result.window.not_after_by));
      box.appendChild(el("p", null, "The story: " + bounds.join(", ") + "."));
    }
    if (result.flag) box.appendChild(el("p", "flag", "Date check: " + result.flag));
    if (result.note) box.appendChild(el("p", "hint", result.note));
    const evidence = result.evidence || [];
    if (evidence.length) {
      const list = el("ul", "source-list");
      for (const item of evidence) {
        const detail = item.kind === "office" ? " — " + officeStatus(item) : item.value ? " — " + item.value : "";
        list.appendChild(el("li", null, "“" + item.text + "”" + detail));
      }
      box.appendChild(list);
    }
  }

  // The same words as slant.reports._story_time.office_status.
  function officeStatus(item) {
    const terms = item.terms || [];
    if (item.checked && terms.length) {
      return "in office " + terms.map((t) => (t.end ? t.start + " to " + t.end : "since " + t.start)).join(", ");
    }
    return "unchecked: " + (item.unchecked_because || "not checked against terms of office");
  }

  function toxicityOf(comment) {
    const scores = comment.toxicity;
    if (!scores) return -1;
    if (typeof scores.toxicity === "number") return scores.toxicity;
    return Math.max(...Object.values(scores));
  }

  function renderComment(comment, byId, indent) {
    const card = el("li", "comment");
    card.dataset.order = comment._order;
    if (indent) card.classList.add("reply");
    const head = el("div", "comment-head");
    head.appendChild(el("span", "author", comment.author || "anonymous"));
    if (comment.published) head.appendChild(el("span", "when", String(comment.published).replace("T", " ").slice(0, 16)));
    if (comment.parent && byId.has(comment.parent)) {
      const parent = byId.get(comment.parent);
      head.appendChild(el("span", "reply-to", "↳ in reply to " + (parent.author || "a comment")));
    }
    const score = toxicityOf(comment);
    if (score >= 0) {
      const toxic = score >= thresholdOf("toxicity");
      const badge = el("span", "badge " + (toxic ? "bad" : score >= 0.2 ? "warn" : "ok"), "toxicity " + percent(score));
      head.appendChild(badge);
    }
    card.appendChild(head);
    const text = el("p", "comment-text");
    text.appendChild(highlighted(comment.text, shownSpans(comment.spans, "comment-" + comment.id)));
    card.appendChild(text);
    if (comment.toxicity) {
      const bars = el("div", "bars");
      // Only the labels that matter: a wall of near-zero bars hides the one that counts.
      const labels = Object.entries(comment.toxicity).sort((a, b) => b[1] - a[1]).filter(([, value]) => value >= 0.2).slice(0, 4);
      for (const [label, value] of labels) {
        const info = labelInfo("toxicity", label);
        const row = el("div", "bar-row");
        row.title = info.definition || info.title;
        row.appendChild(el("span", "bar-label", info.title));
        const track = el("span", "bar-track");
        track.setAttribute("role", "img");
        track.setAttribute("aria-label", info.title + " " + percent(value));
        const fill = el("span", "bar-fill" + (value >= thresholdOf(label) ? " bad" : ""));
        fill.style.width = percent(value);
        track.appendChild(fill);
        row.append(track, el("span", "bar-value", percent(value)));
        bars.appendChild(row);
      }
      if (labels.length) card.appendChild(bars);
    }
    return card;
  }

  function renderComments() {
    const data = state.data;
    const list = $("comments");
    // Marks of comments are rebuilt with the cards: forget the old ones first.
    state.marks = state.marks.filter((record) => !record.el.closest("#comments"));
    state.badges = state.badges.filter((entry) => !entry.el.closest("#comments"));
    list.replaceChildren();
    const comments = (data.comments || []).map((c, i) => Object.assign({ _order: i }, c));
    const byId = new Map(comments.map((c) => [c.id, c]));
    const sort = $("sort-comments").value;
    if (sort === "toxic") comments.sort((a, b) => toxicityOf(b) - toxicityOf(a) || a._order - b._order);
    if (sort === "calm") comments.sort((a, b) => toxicityOf(a) - toxicityOf(b) || a._order - b._order);
    for (const comment of comments) list.appendChild(renderComment(comment, byId, sort === "page" && comment.parent));
    const announced = data.meta && data.meta.comments_note;
    $("comments-note").textContent = comments.length === 0
      ? (announced ? "No comments were in the page slant read (see the note above)." : "This page has no comments.")
      : comments.some((c) => c.toxicity) ? "Toxicity is the chance that a reader finds the comment rude or abusive; the words that drive it are marked."
      : "";
    list.hidden = comments.length === 0;
  }

  function render(data) {
    state.data = data;
    state.marks = [];
    state.badges = [];
    state.markById = new Map();
    state.hidden = new Set();
    state.showLow = false;
    hideTip(true);
    const { keys, counts, lowCounts } = collectKeys(data);
    state.keys = keys;
    renderSummary(data);
    renderLegend(counts, lowCounts);
    renderArticle(data);
    renderSources(data);
    renderDates(data);
    renderEchoes(data);
    renderActors(data);
    renderComments();
    $("results").hidden = false;
  }

  // ---- downloads --------------------------------------------------------------------------------

  function download(blob, name) {
    const url = URL.createObjectURL(blob);
    const link = el("a");
    link.href = url;
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  function baseName() {
    const title = (state.data && state.data.article.title) || "page";
    return "slant-" + (title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 40) || "page");
  }

  async function downloadHtml() {
    if (!state.request) return;
    setStatus("Making the HTML report…", false);
    try {
      const response = await send(state.request, "html");
      download(await response.blob(), baseName() + ".html");
      setStatus("HTML report downloaded.", false);
    } catch (error) {
      setStatus(error.message, true);
    }
  }

  // ---- wiring -------------------------------------------------------------------------------------

  function showMode() {
    const mode = document.querySelector("input[name=mode]:checked").value;
    for (const panel of document.querySelectorAll(".mode-panel")) panel.hidden = panel.dataset.mode !== mode;
  }

  function init() {
    state.labelsLoaded = loadLabels();
    offerRendering();
    $("input-form").addEventListener("submit", onSubmit);
    for (const radio of document.querySelectorAll("input[name=mode]")) radio.addEventListener("change", showMode);
    showMode();
    $("legend").addEventListener("change", (event) => {
      const box = event.target;
      if (box.id === "show-low") {
        state.showLow = box.checked;
        hideTip(true);
        repaint();
        return;
      }
      if (!box.dataset || !box.dataset.key) return;
      if (box.checked) state.hidden.delete(box.dataset.key);
      else state.hidden.add(box.dataset.key);
      hideTip(true);
      repaint();
    });
    $("show-all").addEventListener("click", () => {
      state.hidden.clear();
      repaint();
    });
    $("show-none").addEventListener("click", () => {
      state.hidden = new Set(state.keys);
      hideTip(true);
      repaint();
    });
    $("sort-comments").addEventListener("change", () => {
      hideTip(true);
      renderComments();
    });
    for (const box of ["sources", "echoes"]) {
      $(box).addEventListener("click", (event) => {
        const button = event.target.closest("button[data-target]");
        const mark = button && state.markById.get(button.dataset.target);
        if (!mark) return;
        mark.scrollIntoView({ behavior: "smooth", block: "center" });
        mark.focus({ preventScroll: true });
        showTip(mark, true);
      });
    }
    $("download-json").addEventListener("click", () => {
      if (state.data) download(new Blob([JSON.stringify(state.data, null, 2)], { type: "application/json" }), baseName() + ".json");
    });
    $("download-html").addEventListener("click", downloadHtml);
    wireMarks($("article-text"));
    wireMarks($("article-title"));
    wireMarks($("comments"));
    document.addEventListener("keydown", (event) => {
      if (event.key === "Escape") hideTip(true);
    });
    document.addEventListener("click", (event) => {
      if (state.pinned && !event.target.closest("mark.hl") && !event.target.closest("#tip") && !event.target.closest("#sources") && !event.target.closest("#echoes")) hideTip(true);
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
