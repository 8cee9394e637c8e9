/* The explorer: search, entity pages with their timeline and graph, the canonical question, an article's facts.
 *
 * Plain JavaScript on the public REST API of the same server (no build step, no framework, nothing fetched from
 * another host). Views are addressed by the URL fragment, so every page can be linked and the back button works:
 *   #/entity/<id>   #/question/provinces?country=CN&partner=org:moit&type=mou   #/article/<id>?span=a:b
 * Text from the graph is always put in the page as text (textContent), never as HTML.
 */
"use strict";

const I18N = {
  vi: {
    skip: "Bỏ qua, tới nội dung", brand: "edkg · Ngoại giao kinh tế", searchLabel: "Tìm một thực thể",
    searchPlaceholder: "Tìm: quang tay, Guangxi, MOIT…", navQuestion: "Tỉnh nào có thỏa thuận với…", navApi: "API",
    footer: "Mỗi dữ kiện kèm câu văn mà nó được đọc ra.",
    homeTitle: "Khám phá đồ thị tri thức ngoại giao kinh tế",
    homeText: "Gõ tên một quan chức, cơ quan, tỉnh, quốc gia, thỏa thuận hay chủ đề vào ô tìm kiếm (có dấu hay không dấu, tiếng Việt hay tiếng Anh). Mỗi quan hệ đều kèm câu văn làm bằng chứng và bài báo gốc.",
    tryThese: "Thử:", canonical: "Những tỉnh nào của Trung Quốc có bản ghi nhớ (MoU) với Bộ Công Thương?",
    noSuggestion: "Không tìm thấy", loading: "Đang tải…", error: "Lỗi",
    type: "Loại", aliases: "Tên khác", place: "Thuộc", iso: "Mã ISO", positions: "Chức vụ", people: "Người giữ chức vụ",
    counts: "Số quan hệ theo loại", timeline: "Dòng thời gian", graph: "Đồ thị lân cận", evidence: "Bằng chứng",
    clickEdge: "Bấm vào một cạnh của đồ thị (hoặc một dòng trong danh sách dưới đây) để xem bằng chứng của nó; bấm vào một nút để mở trang của nó.",
    article: "bài báo", openArticle: "Mở bài báo", since: "Từ ngày", until: "Đến ngày", kind: "Loại",
    partner: "Đối tác (id)", topic: "Chủ đề (id)", status: "Tình trạng", any: "tất cả", apply: "Lọc",
    noItems: "Không có sự kiện hay thỏa thuận nào.", with: "với", via: "qua", topics: "Chủ đề", depth: "Độ sâu",
    supportedBy: "được {n} bài báo ủng hộ", noEvidence: "Quá nhiều bài báo để liệt kê bằng chứng ở đây; xem các bài báo của thực thể.",
    truncated: "Đồ thị đã bị cắt bớt (giới hạn số nút).", edges: "Các cạnh", undated: "không rõ ngày",
    qTitle: "Những tỉnh nào có thỏa thuận với {partner}?", country: "Quốc gia (ISO)", agreementType: "Loại thỏa thuận",
    noProvinces: "Không có tỉnh nào.", download: "Tải về", articleTitle: "Bài báo", facts: "Các dữ kiện đọc được",
    mentions: "Các thực thể được nhắc tới", source: "Nguồn", date: "Ngày", items: "{n} mục", shown: "hiển thị {n}",
    articles: "Bài báo nhắc tới", more: "Xem thêm", relTitle: "{a} và {b} qua thời gian",
    relOver: "Quan hệ với {b} qua thời gian", relExample: "Bộ Công Thương và Quảng Tây qua các năm",
    byYear: "Số sự kiện và thỏa thuận theo năm", direct: "Quan hệ trực tiếp", sideOf: "phía {name}",
    noShared: "Không có sự kiện hay thỏa thuận chung.", navPartners: "Đối tác hàng đầu",
    topTitle: "Đối tác hàng đầu của {name}", topExample: "Đối tác hàng đầu của Bộ Công Thương",
    agreementsN: "thỏa thuận", eventsN: "sự kiện", labelsField: "Nhãn (Province,Country…)", latest: "gần nhất",
    noPartners: "Không có đối tác.", meetTitle: "{name} đã gặp ai?", meetExample: "Bộ trưởng Nguyễn Hồng Diên đã gặp những quan chức nước ngoài nào?",
    foreignOnly: "chỉ phía nước ngoài", delegations: "Đoàn", agreementsSigned: "Văn kiện ký / trao",
    topicTitle: "Ai đã bàn về {topic} với {partner}?", topicExample: "Ai đã bàn về liên kết điện với Bộ Công Thương?",
    whoMet: "Đã gặp ai", partnersOnTopic: "Đối tác theo chủ đề này", text: "Văn bản (các câu có dữ kiện được tô sáng)",
  },
  en: {
    skip: "Skip to content", brand: "edkg · Economic diplomacy", searchLabel: "Search an entity",
    searchPlaceholder: "Search: quang tay, Guangxi, MOIT…", navQuestion: "Which provinces have agreements with…",
    navApi: "API", footer: "Every fact comes with the sentence it was read from.",
    homeTitle: "Explore the knowledge graph of economic diplomacy",
    homeText: "Type the name of an official, a body, a province, a country, an agreement or a topic in the search box (with or without accents, Vietnamese or English). Every relationship comes with its evidence sentence and source article.",
    tryThese: "Try:", canonical: "Which Chinese provinces have memoranda of understanding (MoUs) with MOIT?",
    noSuggestion: "Nothing found", loading: "Loading…", error: "Error",
    type: "Type", aliases: "Also known as", place: "Belongs to", iso: "ISO code", positions: "Positions", people: "Position holders",
    counts: "Relationships by type", timeline: "Timeline", graph: "Neighbourhood graph", evidence: "Evidence",
    clickEdge: "Click an edge of the graph (or a row of the list below) to see its evidence; click a node to open its page.",
    article: "article", openArticle: "Open the article", since: "Since", until: "Until", kind: "Kind",
    partner: "Partner (id)", topic: "Topic (id)", status: "Status", any: "any", apply: "Filter",
    noItems: "No events or agreements.", with: "with", via: "via", topics: "Topics", depth: "Depth",
    supportedBy: "supported by {n} articles", noEvidence: "Too many articles to list the evidence here; see the entity's articles.",
    truncated: "The graph was cut (node cap).", edges: "Edges", undated: "undated",
    qTitle: "Which provinces have agreements with {partner}?", country: "Country (ISO)", agreementType: "Agreement type",
    noProvinces: "No provinces.", download: "Download", articleTitle: "Article", facts: "Facts read from it",
    mentions: "Entities mentioned", source: "Source", date: "Date", items: "{n} items", shown: "{n} shown",
    articles: "Mentioned in", more: "Show more", relTitle: "{a} and {b} over time",
    relOver: "The relationship with {b} over time", relExample: "MOIT and Guangxi year by year",
    byYear: "Events and agreements per year", direct: "Direct relationships", sideOf: "{name}'s side",
    noShared: "No shared events or agreements.", navPartners: "Top partners",
    topTitle: "Top partners of {name}", topExample: "MOIT's top partners",
    agreementsN: "agreements", eventsN: "events", labelsField: "Labels (Province,Country…)", latest: "latest",
    noPartners: "No partners.", meetTitle: "Whom did {name} meet?", meetExample: "Which foreign officials did Minister Nguyễn Hồng Diên meet?",
    foreignOnly: "foreign side only", delegations: "Delegations", agreementsSigned: "Documents signed / handed over",
    topicTitle: "Who discussed {topic} with {partner}?", topicExample: "Who discussed power interconnection with MOIT?",
    whoMet: "Whom they met", partnersOnTopic: "Partners on this topic", text: "Text (the sentences facts were read from highlighted)",
  },
};
const LABELS = {
  vi: { Official: "Quan chức", Organization: "Tổ chức", Ministry: "Bộ", Province: "Tỉnh / bang", Country: "Quốc gia",
        Agreement: "Thỏa thuận", Topic: "Chủ đề", Event: "Sự kiện", Article: "Bài báo" },
  en: { Official: "Official", Organization: "Organisation", Ministry: "Ministry", Province: "Province / state",
        Country: "Country", Agreement: "Agreement", Topic: "Topic", Event: "Event", Article: "Article" },
};
const RELS = {
  vi: { HOLDS_POSITION: "giữ chức vụ tại", PART_OF: "trực thuộc", BASED_IN: "đặt tại", IN_COUNTRY: "thuộc quốc gia",
        SUCCEEDED_BY: "sáp nhập vào", PARTY_TO: "là một bên của", ATTENDED: "tham dự", HELD_IN: "diễn ra tại",
        SIGNED_AT: "được ký tại", ABOUT: "về", PARTICIPATED_IN: "tham gia", MENTIONED_IN: "được nhắc trong" },
  en: { HOLDS_POSITION: "holds a position at", PART_OF: "part of", BASED_IN: "based in", IN_COUNTRY: "in country",
        SUCCEEDED_BY: "merged into", PARTY_TO: "party to", ATTENDED: "attended", HELD_IN: "held in",
        SIGNED_AT: "signed at", ABOUT: "about", PARTICIPATED_IN: "took part in", MENTIONED_IN: "mentioned in" },
};
const TIMELINE_PAGE = 50;
const TERMS = {
  vi: { mou: "bản ghi nhớ (MoU)", action_plan: "kế hoạch hành động", fta: "hiệp định thương mại tự do",
        agreement: "hiệp định / thỏa thuận", partnership: "quan hệ đối tác", other: "văn kiện khác",
        meeting: "hội đàm / làm việc", visit: "chuyến thăm", signing: "lễ ký", conference: "hội nghị / diễn đàn",
        signed: "đã ký", planned: "dự kiến", proposed: "đề xuất", in_force: "đang có hiệu lực",
        under_negotiation: "đang đàm phán", unknown: "chưa rõ" },
  en: { mou: "memorandum of understanding (MoU)", action_plan: "action plan", fta: "free trade agreement",
        agreement: "agreement", partnership: "partnership", other: "other document", meeting: "meeting",
        visit: "visit", signing: "signing", conference: "conference / forum", signed: "signed", planned: "planned",
        proposed: "proposed", in_force: "in force", under_negotiation: "under negotiation", unknown: "unknown" },
};
const AGREEMENT_TYPES = ["mou", "action_plan", "fta", "agreement", "partnership", "other"];
const EVENT_KINDS = ["meeting", "visit", "signing", "conference"]; // loaders/entities/events.py
const STATUSES = ["signed", "planned", "proposed", "in_force", "under_negotiation", "unknown"];
const FALLBACK_COLOURS = { Official: "#F79767", Organization: "#57C7E3", Province: "#8DCC93", Country: "#ECB5C9",
                           Agreement: "#4C8EDA", Topic: "#FFC454", Event: "#D9C8AE", Article: "#C7CBD1" };

const state = { lang: localStorage.getItem("edkg-lang") || "vi", colours: { ...FALLBACK_COLOURS }, cy: null,
                route: null };

/* ---------- small helpers ---------- */

function t(key, vars) {
  let text = (I18N[state.lang] && I18N[state.lang][key]) || I18N.en[key] || key;
  for (const [name, value] of Object.entries(vars || {})) text = text.replace(`{${name}}`, value);
  return text;
}
/** A kind or status in the page's language (the value itself when unknown). */
function term(value) { return (value && (TERMS[state.lang] || TERMS.en)[value]) || value || ""; }
function labelName(label) { return (LABELS[state.lang] || LABELS.en)[label] || label; }
function relName(type) { return (RELS[state.lang] || RELS.en)[type] || type; }
function primaryLabel(labels) {
  const order = ["Official", "Organization", "Province", "Country", "Agreement", "Topic", "Event", "Article"];
  return order.find((l) => (labels || []).includes(l)) || (labels || [])[0] || "";
}
function colour(labels) { return state.colours[primaryLabel(labels)] || "#A5ABB6"; }

/** An element: el("a", {href: "#"}, "text", child…); attributes starting with "on" are listeners. */
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (key === "class") node.className = value;
    else node.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}
function badge(labels) {
  const label = primaryLabel(labels);
  return el("span", { class: "badge", style: `background:${colour(labels)}` }, labelName(label));
}
function entityLink(ref) {
  return el("a", { href: `#/entity/${encodeURIComponent(ref.id)}`, "data-id": ref.id }, ref.name || ref.id);
}
function articleHref(articleId, span) {
  return `#/article/${encodeURIComponent(articleId)}` + (span ? `?span=${encodeURIComponent(span)}` : "");
}

async function api(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const message = body && body.error ? body.error.message : response.statusText;
    throw new Error(`${response.status}: ${message}`);
  }
  return body;
}

/** The sentence with every occurrence of the given names marked (case- and accent-sensitive as written). */
function highlighted(sentence, names) {
  const ranges = [];
  const lower = sentence.toLowerCase();
  for (const name of names.filter((n) => n && n.length >= 2)) {
    const needle = name.toLowerCase();
    let at = lower.indexOf(needle);
    while (at >= 0) { ranges.push([at, at + needle.length]); at = lower.indexOf(needle, at + needle.length); }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const parts = [];
  let cursor = 0;
  for (const [start, end] of ranges) {
    if (start < cursor) continue;
    parts.push(sentence.slice(cursor, start), el("mark", {}, sentence.slice(start, end)));
    cursor = end;
  }
  parts.push(sentence.slice(cursor));
  return parts;
}
function evidenceBlock(entry, names) {
  return el("blockquote", { class: "evidence" },
    highlighted(entry.sentence, names), " ",
    entry.article_id ? el("a", { class: "article-link", href: articleHref(entry.article_id, entry.span) },
                          `[${t("article")}]`) : null);
}

function download(name, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = el("a", { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
function csv(rows) {
  const cell = (v) => `"${String(v ?? "").replaceAll('"', '""')}"`;
  return rows.map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n";
}

/* ---------- language ---------- */

function applyLanguage() {
  document.documentElement.lang = state.lang;
  document.querySelectorAll("[data-i18n]").forEach((node) => { node.textContent = t(node.dataset.i18n); });
  document.querySelectorAll("[data-i18n-placeholder]").forEach((node) => {
    node.placeholder = t(node.dataset.i18nPlaceholder);
  });
  document.getElementById("lang").textContent = state.lang === "vi" ? "EN" : "VI";
  document.title = `edkg — ${state.lang === "vi" ? "Khám phá" : "Explorer"}`;
}

/* ---------- search with suggestions ---------- */

function setupSearch() {
  const input = document.getElementById("search");
  const list = document.getElementById("suggestions");
  let active = -1;
  let items = [];
  let timer = null;
  let latest = "";

  const close = () => { list.hidden = true; input.setAttribute("aria-expanded", "false"); active = -1; };
  const choose = (item) => { close(); input.value = item.name || item.id; location.hash = `#/entity/${encodeURIComponent(item.id)}`; };
  const mark = () => {
    [...list.children].forEach((li, i) => li.setAttribute("aria-selected", String(i === active)));
    input.setAttribute("aria-activedescendant", active >= 0 ? `suggestion-${active}` : "");
  };
  const render = () => {
    list.replaceChildren();
    if (!items.length) {
      list.append(el("li", { class: "muted", role: "option", "aria-disabled": "true" }, t("noSuggestion")));
    }
    items.forEach((item, i) => list.append(el("li", {
      id: `suggestion-${i}`, role: "option", "data-id": item.id, "aria-selected": "false",
      onmousedown: (event) => { event.preventDefault(); choose(item); },
    }, badge(item.labels), el("span", {}, item.name || item.id),
       item.aliases.length ? el("span", { class: "aka" }, item.aliases.slice(0, 3).join(" · ")) : null)));
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
  };
  const ask = async () => {
    const q = input.value.trim();
    if (!q) { close(); return; }
    latest = q;
    try {
      const answer = await api(`/suggest?q=${encodeURIComponent(q)}&limit=8`);
      if (answer.q !== latest) return; // a newer keystroke already asked
      items = answer.items;
      active = -1;
      render();
    } catch (error) { close(); }
  };
  input.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(ask, 120); });
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" && items.length) { active = (active + 1) % items.length; mark(); event.preventDefault(); }
    else if (event.key === "ArrowUp" && items.length) { active = (active - 1 + items.length) % items.length; mark(); event.preventDefault(); }
    else if (event.key === "Enter") {
      if (items.length && !list.hidden) { choose(items[Math.max(active, 0)]); event.preventDefault(); }
    } else if (event.key === "Escape") close();
  });
  input.addEventListener("blur", () => setTimeout(close, 150));
}

/* ---------- views ---------- */

function parseRoute() {
  const hash = decodeURIComponent(location.hash.replace(/^#/, "")) || "/";
  const [path, query] = hash.split("?");
  const params = new URLSearchParams(query || "");
  const parts = path.split("/").filter(Boolean);
  return { view: parts[0] || "home", arg: parts.slice(1).join("/"), params };
}

async function route() {
  const main = document.getElementById("main");
  const r = parseRoute();
  state.route = r;
  if (state.cy) { state.cy.destroy(); state.cy = null; }
  main.replaceChildren(el("p", { class: "muted" }, t("loading")));
  try {
    if (r.view === "entity") await entityView(main, r.arg, r.params);
    else if (r.view === "question") await questionView(main, r.params);
    else if (r.view === "article") await articleView(main, r.arg, r.params);
    else if (r.view === "relationship") await relationshipView(main, r.params);
    else if (r.view === "partners") await partnersView(main, r.params);
    else if (r.view === "meetings") await meetingsView(main, r.params);
    else if (r.view === "topic") await topicView(main, r.params);
    else homeView(main);
  } catch (error) {
    main.replaceChildren(el("p", { class: "error", role: "alert" }, `${t("error")} ${error.message}`));
  }
  document.body.dataset.view = r.view;
  document.body.dataset.ready = "true";
}

function homeView(main) {
  main.replaceChildren(
    el("h1", {}, t("homeTitle")),
    el("p", {}, t("homeText")),
    el("p", {}, t("tryThese"), " ",
       ...["org:moit", "province:cn-gx", "province:cn-hi", "province:cn-sd"].map((id) => [entityLink({ id, name: id }), " "])),
    el("p", {}, el("a", { href: "#/question/provinces?country=CN&partner=org:moit&type=mou" }, t("canonical"))),
    el("p", {}, el("a", { href: "#/relationship?a=org:moit&b=province:cn-gx" }, t("relExample"))),
    el("p", {}, el("a", { href: "#/partners?partner=org:moit" }, t("topExample"))),
    el("p", {}, el("a", { href: "#/meetings?official=person:nguyen-hong-dien&foreign=1" }, t("meetExample"))),
    el("p", {}, el("a", { href: "#/topic?topic=topic:power_interconnection&partner=org:moit" }, t("topicExample"))));
}

async function entityView(main, id, params) {
  const filters = { since: params.get("since") || "", until: params.get("until") || "", kind: params.get("kind") || "",
                    partner: params.get("partner") || "", topic: params.get("topic") || "",
                    status: params.get("status") || "" };
  const depth = params.get("depth") === "2" ? 2 : 1;
  const query = new URLSearchParams({ limit: String(TIMELINE_PAGE) });
  for (const [key, value] of Object.entries(filters)) if (value) query.set(key, value);
  const started = performance.now();
  const [entity, hood, timeline] = await Promise.all([
    api(`/entities/${encodeURIComponent(id)}?articles_limit=10`),
    api(`/entities/${encodeURIComponent(id)}/neighbourhood?depth=${depth}&limit=${depth === 2 ? 120 : 80}`),
    api(`/entities/${encodeURIComponent(id)}/timeline?${query}`),
  ]);
  window.edkgTimings = { "reads (ms)": performance.now() - started }; // read by bench/explorer.py
  const byId = Object.fromEntries(hood.nodes.map((n) => [n.id, n]));
  const props = entity.properties || {};
  state.entityId = id;

  // where it belongs: IN_COUNTRY, BASED_IN (and an official's country property)
  const places = hood.edges.filter((e) => e.source === id && (e.type === "IN_COUNTRY" || e.type === "BASED_IN"))
    .map((e) => byId[e.target]).filter(Boolean);
  const iso = props.iso || props.iso2 || null;
  const positions = hood.edges.filter((e) => e.type === "HOLDS_POSITION" && e.source === id);
  const holders = hood.edges.filter((e) => e.type === "HOLDS_POSITION" && e.target === id);

  const facts = el("dl", { class: "facts" },
    el("dt", {}, t("type")), el("dd", { id: "entity-type" }, entity.labels.map(labelName).join(", ")),
    entity.aliases.length ? [el("dt", {}, t("aliases")), el("dd", { id: "entity-aliases" }, entity.aliases.join(" · "))] : null,
    places.length || props.country ? [el("dt", {}, t("place")), el("dd", { id: "entity-place" },
      ...places.map((p) => [entityLink(p), ` (${(p.properties && (p.properties.iso || p.properties.iso2)) || ""}) `]),
      !places.length && props.country ? props.country : null)] : null,
    iso ? [el("dt", {}, t("iso")), el("dd", { id: "entity-iso" }, iso)] : null);

  const questions = el("p", {},
    entity.labels.includes("Official") ? el("a", { id: "ask-meetings", href: `#/meetings?official=${encodeURIComponent(id)}` }, t("whoMet")) : null,
    entity.labels.includes("Topic") ? el("a", { id: "ask-topic", href: `#/topic?topic=${encodeURIComponent(id)}&partner=org:moit` }, t("partnersOnTopic")) : null,
    " ", el("a", { href: `#/partners?partner=${encodeURIComponent(id)}` }, t("navPartners")));
  const positionList = (edges, other) => el("ul", { id: other === "target" ? "positions" : "holders" },
    edges.map((e) => el("li", {}, (e.properties && e.properties.title) || relName(e.type), " — ",
      entityLink(byId[e[other]] || { id: e[other] }),
      e.properties && (e.properties.first_seen || e.properties.last_seen)
        ? el("span", { class: "muted" }, ` (${e.properties.first_seen || "?"} – ${e.properties.last_seen || "?"})`) : null)));

  const degree = el("table", { id: "degree" }, el("tbody", {},
    Object.entries(entity.degree).sort((a, b) => b[1] - a[1])
      .map(([type, count]) => el("tr", {}, el("td", {}, relName(type)), el("td", { class: "muted" }, type),
                                  el("td", {}, String(count))))));

  const filterForm = timelineFilters(id, filters, depth);
  const names = [entity.name, ...entity.aliases];
  const items = el("ol", { class: "timeline", id: "timeline" },
    timeline.items.length ? timeline.items.map((item) => timelineItem(item, names))
                          : el("li", { class: "muted" }, t("noItems")));
  // a hub has thousands of items: one page at first, the next ones on demand
  let shown = timeline.items.length;
  const more = el("button", { type: "button", id: "timeline-more", hidden: shown >= timeline.total,
    onclick: async () => {
      query.set("offset", String(shown));
      const next = await api(`/entities/${encodeURIComponent(id)}/timeline?${query}`);
      items.append(...next.items.map((item) => timelineItem(item, names)));
      shown += next.items.length;
      more.hidden = shown >= next.total || !next.items.length;
    } }, t("more"));

  const graphPanel = el("div", { class: "card" },
    el("h2", {}, t("graph"), " ",
       el("label", { class: "muted" }, ` ${t("depth")} `,
          el("select", { id: "depth", onchange: (ev) => { params.set("depth", ev.target.value); location.hash = `#/entity/${encodeURIComponent(id)}?${params}`; } },
             el("option", { value: "1", selected: depth === 1 }, "1"), el("option", { value: "2", selected: depth === 2 }, "2")))),
    legend(),
    el("div", { id: "graph", role: "img", "aria-label": t("graph") }),
    el("p", {}, `${t("download")}: `,
      el("a", { id: "export-graphml", href: `/export?root=${encodeURIComponent(id)}&depth=${depth}&limit=500&format=graphml`,
                download: `${id.replace(":", "-")}.graphml` }, "GraphML"), " · ",
      el("a", { id: "export-json", href: `/export?root=${encodeURIComponent(id)}&depth=${depth}&limit=500&format=json`,
                download: `${id.replace(":", "-")}.json` }, "JSON"), " · ",
      el("a", { id: "timeline-json", href: `/entities/${encodeURIComponent(id)}/timeline?${query}`,
                download: `${id.replace(":", "-")}-timeline.json` }, t("timeline"))),
    hood.truncated ? el("p", { class: "muted" }, t("truncated")) : null,
    el("p", { class: "muted" }, t("clickEdge")),
    el("div", { id: "edge-evidence", "aria-live": "polite" }),
    el("h2", {}, t("edges")),
    el("div", { class: "edges-list" }, el("ul", { id: "edge-list" },
      hood.edges.map((e) => el("li", {}, el("button", { type: "button", "data-edge": e.id,
        onclick: () => showEdge(e, byId) }, edgeCaption(e, byId)))))));

  main.replaceChildren(
    el("section", { id: "entity", "data-id": id },
      el("h1", { id: "entity-name" }, entity.name || id, " ", badge(entity.labels)),
      el("p", { class: "muted" }, id),
      el("div", { class: "grid" },
        el("div", {},
          el("div", { class: "card" }, facts, questions,
             positions.length ? [el("h2", {}, t("positions")), positionList(positions, "target")] : null,
             holders.length ? [el("h2", {}, t("people")), positionList(holders, "source")] : null,
             el("h2", {}, t("counts")), degree),
          el("div", { class: "card" },
             el("h2", {}, t("timeline"), " ", el("span", { class: "muted", id: "timeline-total" },
                t("items", { n: timeline.total }))),
             filterForm, items, more)),
        graphPanel)));
  const drawing = performance.now();
  drawGraph(hood, id, byId);
  window.edkgTimings["page built (ms)"] = drawing - started;
  window.edkgTimings["graph layout and draw (ms)"] = performance.now() - drawing;
  requestAnimationFrame(() => { window.edkgTimings.drawn = performance.now() - started; });
}

function edgeCaption(edge, byId) {
  const name = (nodeId) => (byId[nodeId] && byId[nodeId].name) || nodeId;
  return `${name(edge.source)} — ${relName(edge.type)} → ${name(edge.target)}`;
}

function timelineFilters(id, filters, depth) {
  const field = (name, label, attrs) => el("label", {}, label, el("input", { name, value: filters[name], ...attrs }));
  const select = (name, label, options) => el("label", {}, label, el("select", { name },
    el("option", { value: "" }, t("any")),
    options.map((o) => el("option", { value: o, selected: filters[name] === o }, term(o)))));
  return el("form", { class: "filters", id: "timeline-filters", onsubmit: (event) => {
      event.preventDefault();
      const data = new URLSearchParams();
      for (const [key, value] of new FormData(event.target)) if (value) data.set(key, value);
      if (depth === 2) data.set("depth", "2");
      location.hash = `#/entity/${encodeURIComponent(id)}?${data}`;
    } },
    field("since", t("since"), { placeholder: "2024-01-01", size: 10, pattern: "\\d{4}(-\\d{2}(-\\d{2})?)?" }),
    field("until", t("until"), { placeholder: "2025-12-31", size: 10, pattern: "\\d{4}(-\\d{2}(-\\d{2})?)?" }),
    select("kind", t("kind"), [...AGREEMENT_TYPES, ...EVENT_KINDS]),
    select("status", t("status"), STATUSES),
    field("partner", t("partner"), { placeholder: "province:cn-gx", size: 14 }),
    field("topic", t("topic"), { placeholder: "topic:trade", size: 12 }),
    el("button", { class: "primary", type: "submit" }, t("apply")));
}

function timelineItem(item, names) {
  const otherNames = item.others.map((o) => o.name);
  return el("li", { class: `tl-item ${primaryLabel(item.labels)}`, "data-id": item.id },
    el("div", {},
      el("span", { class: "when" }, item.date || t("undated")), " ", badge(item.labels), " ",
      item.kind ? el("span", { class: "muted" }, term(item.kind), item.status ? ` · ${term(item.status)}` : "") : null),
    el("div", {}, entityLink(item)),
    item.others.length ? el("div", { class: "muted" }, `${t("with")} `,
      ...item.others.map((o, i) => [i ? ", " : "", entityLink(o), " ",
        el("a", { class: "rel-link", href: `#/relationship?a=${encodeURIComponent(state.entityId)}&b=${encodeURIComponent(o.id)}`,
                  title: t("relTitle", { a: "", b: o.name || o.id }), "aria-label": t("relOver", { b: o.name || o.id }) }, "⇄")])) : null,
    item.topics.length ? el("div", { class: "muted" }, `${t("topics")}: `,
      ...item.topics.map((o, i) => [i ? ", " : "", entityLink(o)])) : null,
    item.links.map((link) => el("div", { class: "link" },
      el("span", { class: "muted" }, `${link.entity.name || link.entity.id} ${relName(link.type)}`),
      link.evidence.map((entry) => evidenceBlock(entry, [...names, link.entity.name, ...otherNames])))));
}

function legend() {
  return el("p", { class: "legend" }, ["Official", "Organization", "Province", "Country", "Agreement", "Topic", "Event"]
    .map((label) => el("span", {}, el("i", { style: `background:${state.colours[label]}` }), labelName(label))));
}

const HUB_LEAVES = 12;
/** Hubs collapsed: a node (not the root) with more than HUB_LEAVES leaves (nodes tied to it alone) is drawn
 *  without them, its caption saying how many were folded in; its own page lists them. */
function collapseHubs(hood, rootId) {
  const neighbours = new Map(hood.nodes.map((n) => [n.id, new Set()]));
  for (const e of hood.edges) {
    if (e.source === e.target) continue;
    neighbours.get(e.source)?.add(e.target);
    neighbours.get(e.target)?.add(e.source);
  }
  const folded = new Map();
  for (const [id, around] of neighbours) {
    if (id === rootId) continue;
    const leaves = [...around].filter((other) => other !== rootId && neighbours.get(other).size === 1);
    if (leaves.length > HUB_LEAVES) folded.set(id, new Set(leaves));
  }
  const hidden = new Set([...folded.values()].flatMap((leaves) => [...leaves]));
  return { folded, nodes: hood.nodes.filter((n) => !hidden.has(n.id)),
           edges: hood.edges.filter((e) => !hidden.has(e.source) && !hidden.has(e.target)) };
}

function drawGraph(hood, rootId, byId) {
  const container = document.getElementById("graph");
  if (!window.cytoscape || !container) return;
  const shown = collapseHubs(hood, rootId);
  const caption = (n) => (n.name || n.id) + (shown.folded.has(n.id) ? ` (+${shown.folded.get(n.id).size})` : "");
  const elements = [
    ...shown.nodes.map((n) => ({ data: { id: n.id, name: caption(n), colour: colour(n.labels),
                                         root: n.id === rootId ? 1 : 0, hub: shown.folded.has(n.id) ? 1 : 0 } })),
    ...shown.edges.map((e) => ({ data: { id: e.id, source: e.source, target: e.target, type: e.type } })),
  ];
  const cy = window.cytoscape({
    container, elements, minZoom: 0.2, maxZoom: 3,
    style: [
      { selector: "node", style: { "background-color": "data(colour)", label: "data(name)", "font-size": 9,
          "text-wrap": "ellipsis", "text-max-width": 110, width: 26, height: 26, "border-width": 1,
          "border-color": "#9AA1AC", "text-valign": "bottom", "text-margin-y": 3 } },
      { selector: "node[hub = 1]", style: { width: 36, height: 36, "border-style": "double", "border-width": 4 } },
      { selector: "node[root = 1]", style: { width: 42, height: 42, "border-width": 3, "font-weight": "bold" } },
      { selector: "edge", style: { width: 2, "line-color": "#A5ABB6", "target-arrow-color": "#A5ABB6",
          "target-arrow-shape": "triangle", "curve-style": "bezier", label: "data(type)", "font-size": 7,
          color: "#555", "text-rotation": "autorotate", "text-background-color": "#fff",
          "text-background-opacity": 0.8 } },
      { selector: "edge:selected", style: { width: 4, "line-color": "#f0a500", "target-arrow-color": "#f0a500" } },
    ],
    // one hop is a star: rings around the root, drawn at once; two hops need the force-directed layout
    layout: hood.depth === 1
      ? { name: "concentric", concentric: (node) => (node.data("root") ? 2 : 1), levelWidth: () => 1,
          minNodeSpacing: 28, animate: false, fit: true, padding: 20 }
      : { name: "cose", animate: false, randomize: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 90,
          fit: true, padding: 20 },
  });
  if (cy.zoom() > 1.2) { cy.zoom(1.2); cy.center(); } // a small neighbourhood is not blown up to fill the box
  const edges = Object.fromEntries(hood.edges.map((e) => [e.id, e]));
  cy.on("tap", "edge", (event) => { showEdge(edges[event.target.id()], byId); });
  cy.on("tap", "node", (event) => {
    const nodeId = event.target.id();
    if (nodeId !== rootId) location.hash = `#/entity/${encodeURIComponent(nodeId)}`;
  });
  state.cy = cy;
  window.edkgGraph = cy; // for the end-to-end test to find where an edge is drawn
}

function showEdge(edge, byId) {
  const panel = document.getElementById("edge-evidence");
  if (!panel || !edge) return;
  if (state.cy) { state.cy.elements().unselect(); const drawn = state.cy.getElementById(edge.id); if (drawn) drawn.select(); }
  const names = [byId[edge.source] && byId[edge.source].name, byId[edge.target] && byId[edge.target].name];
  panel.replaceChildren(el("div", { class: "card target", id: "edge-panel", "data-edge": edge.id },
    el("h2", {}, t("evidence"), ": ", edgeCaption(edge, byId)),
    el("p", { class: "muted" }, t("supportedBy", { n: edge.article_count })),
    edge.evidence.length ? edge.evidence.map((entry) => evidenceBlock(entry, names))
                         : el("p", { class: "muted" }, t("noEvidence"))));
}

async function questionView(main, params) {
  const country = params.get("country") || "CN";
  const partner = params.get("partner") || "org:moit";
  const type = params.get("type") || "";
  const status = params.get("status") || "";
  const query = new URLSearchParams({ country, partner, limit: "200" });
  if (type) query.set("agreement_type", type);
  if (status) query.set("status", status);
  const [answer, partnerEntity] = await Promise.all([
    api(`/provinces?${query}`), api(`/entities/${encodeURIComponent(partner)}?articles_limit=0`).catch(() => null)]);
  const partnerName = partnerEntity ? partnerEntity.name : partner;
  const form = el("form", { class: "filters", id: "question-filters", onsubmit: (event) => {
      event.preventDefault();
      const data = new URLSearchParams();
      for (const [key, value] of new FormData(event.target)) if (value) data.set(key, value);
      location.hash = `#/question/provinces?${data}`;
    } },
    el("label", {}, t("country"), el("input", { name: "country", value: country, size: 4 })),
    el("label", {}, t("partner"), el("input", { name: "partner", value: partner, size: 14 })),
    el("label", {}, t("agreementType"), el("select", { name: "type" }, el("option", { value: "" }, t("any")),
       AGREEMENT_TYPES.map((o) => el("option", { value: o, selected: type === o }, term(o))))),
    el("label", {}, t("status"), el("select", { name: "status" }, el("option", { value: "" }, t("any")),
       STATUSES.map((o) => el("option", { value: o, selected: status === o }, term(o))))),
    el("button", { class: "primary", type: "submit" }, t("apply")));
  const rows = [["province", "province_id", "iso", "agreement", "agreement_id", "type", "status", "date", "evidence",
                 "article_id"]];
  for (const p of answer.items) for (const a of p.agreements) {
    const ev = [...a.via.flatMap((v) => v.evidence), ...a.partner_evidence][0] || {};
    rows.push([p.province.name, p.province.id, p.iso, a.title, a.id, a.type, a.status, a.date, ev.sentence, ev.article_id]);
  }
  const downloads = el("p", {}, `${t("download")}: `,
    el("button", { type: "button", id: "download-json", onclick: () => download("provinces.json", JSON.stringify(answer, null, 2), "application/json") }, "JSON"), " ",
    el("button", { type: "button", id: "download-csv", onclick: () => download("provinces.csv", csv(rows), "text/csv") }, "CSV"));
  const list = el("div", { id: "answer" }, answer.items.length ? answer.items.map((p) => {
    const names = [p.province.name, partnerName];
    return el("section", { class: "province card", "data-id": p.province.id },
      el("h2", {}, entityLink(p.province), " ", p.iso ? el("span", { class: "muted" }, `(${p.iso})`) : null),
      el("ul", {}, p.agreements.map((a) => el("li", { class: "agreement", "data-id": a.id, "data-type": a.type || "",
                                                  "data-status": a.status || "" },
        el("div", {}, entityLink({ id: a.id, name: a.title }), " ",
           el("span", { class: "muted" }, [term(a.type), term(a.status), a.date].filter(Boolean).join(" · "))),
        el("div", { class: "muted" }, `${t("via")} `, ...a.via.map((v, i) => [i ? ", " : "", entityLink(v.entity)])),
        [...a.via.flatMap((v) => v.evidence), ...a.partner_evidence]
          .filter((e, i, all) => all.findIndex((o) => o.sentence === e.sentence) === i)
          .map((e) => evidenceBlock(e, [...names, ...a.via.map((v) => v.entity.name)]))))));
  }) : el("p", { class: "muted" }, t("noProvinces")));
  main.replaceChildren(el("section", { id: "question" },
    el("h1", {}, t("qTitle", { partner: partnerName })), form, downloads, list));
}

/** The article's text with the sentences of its facts highlighted at their offsets (the linked one marked). */
function articleText(text, facts, span) {
  const spans = new Map(); // "start:end" -> facts read from it
  for (const f of facts) for (const e of f.evidence) if (e.span) {
    if (!spans.has(e.span)) spans.set(e.span, []);
    spans.get(e.span).push(f);
  }
  const ranges = [...spans.keys()].map((key) => key.split(":").map(Number).concat([key]))
    .filter(([start, end]) => start >= 0 && end <= text.length && start < end).sort((x, y) => x[0] - y[0]);
  const parts = [];
  let cursor = 0;
  for (const [start, end, key] of ranges) {
    if (start < cursor) continue; // overlapping spans: the first one wins
    parts.push(text.slice(cursor, start));
    const count = spans.get(key).length;
    parts.push(el("mark", { class: `fact${key === span ? " target" : ""}`, "data-span": key,
                            title: spans.get(key).map((f) => `${f.source.name} ${relName(f.type)} ${f.target.name}`).join("\n") },
                  text.slice(start, end), el("sup", {}, String(count))));
    cursor = end;
  }
  parts.push(text.slice(cursor));
  return el("div", { id: "article-text", class: "card article-text" }, parts);
}

async function articleView(main, id, params) {
  const [article, body] = await Promise.all([api(`/articles/${encodeURIComponent(id)}`),
    api(`/articles/${encodeURIComponent(id)}/text`).catch(() => null)]);
  const span = params.get("span");
  const factLine = (f) => [entityLink(f.source), ` ${relName(f.type)} `, entityLink(f.target)];
  // the sentence the link came from, with every fact read from it, first; then every fact of the article
  const fromSpan = span ? article.facts.filter((f) => f.evidence.some((e) => e.span === span)) : [];
  const sentence = fromSpan.length ? fromSpan[0].evidence.find((e) => e.span === span).sentence : null;
  const names = fromSpan.flatMap((f) => [f.source.name, f.target.name]);
  const factRows = article.facts.map((f) => el("li", {}, factLine(f),
    f.evidence.map((e) => el("blockquote", { class: "evidence", "data-span": e.span || "" },
      highlighted(e.sentence, [f.source.name, f.target.name])))));
  main.replaceChildren(el("section", { id: "article", "data-id": id },
    el("h1", {}, article.title || id),
    el("dl", { class: "facts" },
      el("dt", {}, t("date")), el("dd", {}, article.date || t("undated")),
      el("dt", {}, t("source")), el("dd", {}, article.url ? el("a", { href: article.url, rel: "noreferrer" }, article.url)
                                                          : (article.source || article.file || "—"))),
    sentence ? el("div", { class: "card target", id: "article-sentence" },
      el("h2", {}, t("evidence"), el("span", { class: "muted" }, ` (${span})`)),
      el("blockquote", { class: "evidence target", "data-span": span }, highlighted(sentence, names)),
      el("ul", { class: "span-facts" }, fromSpan.map((f) => el("li", {}, factLine(f))))) : null,
    body && body.text ? [el("h2", {}, t("text")), articleText(body.text, article.facts, span)] : null,
    el("h2", {}, t("facts")), el("ol", { id: "article-facts" }, factRows),
    el("h2", {}, t("mentions")), el("p", {}, ...article.mentions.map((m, i) => [i ? " · " : "", entityLink(m.entity)]))));
  // the reader arrives at the sentence, in its place in the text
  const marked = main.querySelector("#article-text mark.target");
  if (marked) marked.scrollIntoView({ block: "center" });
  else window.scrollTo(0, 0);
}

async function relationshipView(main, params) {
  const a = params.get("a") || "org:moit";
  const b = params.get("b") || "province:cn-gx";
  const answer = await api(`/timeline?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}&limit=200`);
  const years = new Map();
  for (const item of answer.items) {
    const year = item.date ? item.date.slice(0, 4) : t("undated");
    if (!years.has(year)) years.set(year, []);
    years.get(year).push(item);
  }
  const most = Math.max(1, ...[...years.values()].map((items) => items.length));
  const chart = el("table", { id: "per-year", class: "chart" }, el("caption", { class: "muted" }, t("byYear")),
    el("tbody", {}, [...years].map(([year, items]) => el("tr", {},
      el("th", { scope: "row" }, year),
      el("td", {}, el("span", { class: "bar", style: `width:${Math.round(240 * items.length / most)}px` }), " ",
         String(items.length))))));
  const names = [answer.a.name, answer.b.name];
  const side = (links, ref) => links.map((link) => el("div", { class: "link" },
    el("span", { class: "muted" }, `${t("sideOf", { name: ref.name || ref.id })}: ${link.entity.name || link.entity.id} `
                                   + relName(link.type)),
    link.evidence.map((entry) => evidenceBlock(entry, [...names, link.entity.name]))));
  main.replaceChildren(el("section", { id: "relationship", "data-a": a, "data-b": b },
    el("h1", {}, t("relTitle", { a: answer.a.name || a, b: answer.b.name || b })),
    el("p", {}, entityLink(answer.a), " ⇄ ", entityLink(answer.b), " ",
       el("span", { class: "muted" }, t("items", { n: answer.total }))),
    answer.items.length ? chart : el("p", { class: "muted" }, t("noShared")),
    [...years].map(([year, items]) => [el("h2", { class: "year" }, year),
      el("ol", { class: "timeline" }, items.map((item) => el("li", { class: `tl-item ${primaryLabel(item.labels)}`, "data-id": item.id },
        el("div", {}, el("span", { class: "when" }, item.date || t("undated")), " ", badge(item.labels), " ",
           item.kind ? el("span", { class: "muted" }, term(item.kind), item.status ? ` · ${term(item.status)}` : "") : null),
        el("div", {}, entityLink(item)),
        side(item.links_a, answer.a), side(item.links_b, answer.b))))]),
    answer.direct.length ? [el("h2", {}, t("direct")), el("ul", {}, answer.direct.map((fact) => el("li", {},
      `${fact.source} ${relName(fact.type)} ${fact.target}`,
      fact.evidence.map((entry) => evidenceBlock(entry, names)))))] : null));
}

async function partnersView(main, params) {
  const partner = params.get("partner") || "org:moit";
  const query = new URLSearchParams({ partner, limit: "25" });
  for (const key of ["since", "until", "labels"]) if (params.get(key)) query.set(key, params.get(key));
  const [answer, entity] = await Promise.all([api(`/analytics/partners?${query}`),
    api(`/entities/${encodeURIComponent(partner)}?articles_limit=0`).catch(() => null)]);
  const name = entity ? entity.name : partner;
  const most = Math.max(1, ...answer.items.map((i) => i.agreements + i.events));
  const form = el("form", { class: "filters", id: "partners-filters", onsubmit: (event) => {
      event.preventDefault();
      const data = new URLSearchParams();
      for (const [key, value] of new FormData(event.target)) if (value) data.set(key, value);
      location.hash = `#/partners?${data}`;
    } },
    el("label", {}, t("partner"), el("input", { name: "partner", value: partner, size: 14 })),
    el("label", {}, t("since"), el("input", { name: "since", value: params.get("since") || "", size: 10, placeholder: "2024" })),
    el("label", {}, t("until"), el("input", { name: "until", value: params.get("until") || "", size: 10, placeholder: "2025-12-31" })),
    el("label", {}, t("labelsField"), el("input", { name: "labels", value: params.get("labels") || "", size: 16 })),
    el("button", { class: "primary", type: "submit" }, t("apply")));
  const rows = [["partner", "partner_id", "agreements", "events", "latest", "per_year"]];
  for (const i of answer.items) rows.push([i.partner.name, i.partner.id, i.agreements, i.events, i.latest,
    Object.entries(i.per_year).map(([y, n]) => `${y}:${n}`).join(" ")]);
  const downloads = el("p", {}, `${t("download")}: `,
    el("button", { type: "button", onclick: () => download("partners.json", JSON.stringify(answer, null, 2), "application/json") }, "JSON"), " ",
    el("button", { type: "button", onclick: () => download("partners.csv", csv(rows), "text/csv") }, "CSV"));
  const table = el("table", { id: "partners", class: "chart" }, el("tbody", {}, answer.items.map((i) => el("tr", { "data-id": i.partner.id },
    el("th", { scope: "row" }, entityLink(i.partner), " ", badge(i.partner.labels)),
    el("td", {},
      el("span", { class: "bar", style: `width:${Math.round(260 * i.agreements / most)}px;background:${state.colours.Agreement}`,
                   title: `${i.agreements} ${t("agreementsN")}` }),
      el("span", { class: "bar", style: `width:${Math.round(260 * i.events / most)}px;background:${state.colours.Event}`,
                   title: `${i.events} ${t("eventsN")}` }),
      ` ${i.agreements} ${t("agreementsN")} · ${i.events} ${t("eventsN")}`),
    el("td", { class: "muted" }, Object.entries(i.per_year).map(([y, n]) => `${y}: ${n}`).join(" · ")),
    el("td", { class: "muted" }, i.latest ? `${t("latest")} ${i.latest}` : ""),
    el("td", {}, el("a", { class: "rel-link", href: `#/relationship?a=${encodeURIComponent(partner)}&b=${encodeURIComponent(i.partner.id)}`,
                           "aria-label": t("relOver", { b: i.partner.name || i.partner.id }) }, "⇄"))))));
  main.replaceChildren(el("section", { id: "top-partners", "data-partner": partner },
    el("h1", {}, t("topTitle", { name })),
    el("p", { class: "muted" }, t("items", { n: answer.total })),
    form, downloads, answer.items.length ? table : el("p", { class: "muted" }, t("noPartners"))));
}

async function meetingsView(main, params) {
  const official = params.get("official") || "person:nguyen-hong-dien";
  const foreign = params.get("foreign") === "1";
  const [answer, entity] = await Promise.all([
    api(`/officials/${encodeURIComponent(official)}/meetings?limit=100&foreign=${foreign}`),
    api(`/entities/${encodeURIComponent(official)}?articles_limit=0`).catch(() => null)]);
  const name = entity ? entity.name : official;
  const rows = [["date", "event", "event_id", "officials", "delegations", "evidence", "article_id"]];
  for (const m of answer.items) rows.push([m.event.date, m.event.name, m.event.id,
    m.officials.map((o) => o.entity.name).join("; "), m.delegations.map((d) => d.entity.name).join("; "),
    (m.evidence[0] || {}).sentence, (m.evidence[0] || {}).article_id]);
  main.replaceChildren(el("section", { id: "meetings", "data-official": official },
    el("h1", {}, t("meetTitle", { name })),
    el("form", { class: "filters", onsubmit: (event) => {
        event.preventDefault();
        const data = new URLSearchParams();
        for (const [key, value] of new FormData(event.target)) if (value) data.set(key, value);
        location.hash = `#/meetings?${data}`;
      } },
      el("label", {}, "id", el("input", { name: "official", value: official, size: 22 })),
      el("label", {}, t("foreignOnly"), el("input", { type: "checkbox", name: "foreign", value: "1", checked: foreign })),
      el("button", { class: "primary", type: "submit" }, t("apply"))),
    el("p", {}, el("span", { class: "muted" }, t("items", { n: answer.total })), ` · ${t("download")}: `,
      el("button", { type: "button", onclick: () => download("meetings.json", JSON.stringify(answer, null, 2), "application/json") }, "JSON"), " ",
      el("button", { type: "button", onclick: () => download("meetings.csv", csv(rows), "text/csv") }, "CSV")),
    el("ol", { class: "timeline", id: "meeting-list" }, answer.items.map((m) => el("li", { class: "tl-item Event", "data-id": m.event.id },
      el("div", {}, el("span", { class: "when" }, m.event.date || t("undated")), " ", el("span", { class: "muted" }, m.event.kind || "")),
      el("div", {}, entityLink(m.event)),
      m.officials.length ? el("div", {}, `${t("whoMet")}: `, ...m.officials.map((o, i) => [i ? ", " : "", entityLink(o.entity),
        o.country ? el("span", { class: "muted" }, ` (${o.country})`) : null,
        o.positions.length ? el("span", { class: "muted" }, ` — ${o.positions.map((p) => p.title || "").filter(Boolean).join(", ")}`) : null])) : null,
      m.delegations.length ? el("div", { class: "muted" }, `${t("delegations")}: `, ...m.delegations.map((d, i) => [i ? ", " : "", entityLink(d.entity)])) : null,
      m.agreements.length ? el("div", { class: "muted" }, `${t("agreementsSigned")}: `, ...m.agreements.map((a, i) => [i ? ", " : "", entityLink({ id: a.id, name: a.title || a.name })])) : null,
      m.evidence.slice(0, 2).map((e) => evidenceBlock(e, [name, ...m.officials.map((o) => o.entity.name)])))))));
}

async function topicView(main, params) {
  const topic = params.get("topic") || "topic:power_interconnection";
  const partner = params.get("partner") || "org:moit";
  const [answer, topicEntity, partnerEntity] = await Promise.all([
    api(`/topics/${encodeURIComponent(topic)}/partners?partner=${encodeURIComponent(partner)}&limit=100`),
    api(`/entities/${encodeURIComponent(topic)}?articles_limit=0`).catch(() => null),
    api(`/entities/${encodeURIComponent(partner)}?articles_limit=0`).catch(() => null)]);
  const topicName = topicEntity ? topicEntity.name : topic;
  const partnerName = partnerEntity ? partnerEntity.name : partner;
  main.replaceChildren(el("section", { id: "topic-partners", "data-topic": topic },
    el("h1", {}, t("topicTitle", { topic: topicName, partner: partnerName })),
    el("form", { class: "filters", onsubmit: (event) => {
        event.preventDefault();
        const data = new URLSearchParams();
        for (const [key, value] of new FormData(event.target)) if (value) data.set(key, value);
        location.hash = `#/topic?${data}`;
      } },
      el("label", {}, t("topic"), el("input", { name: "topic", value: topic, size: 24 })),
      el("label", {}, t("partner"), el("input", { name: "partner", value: partner, size: 14 })),
      el("button", { class: "primary", type: "submit" }, t("apply"))),
    el("p", {}, el("span", { class: "muted" }, t("items", { n: answer.total })), ` · ${t("download")}: `,
      el("button", { type: "button", onclick: () => download("topic-partners.json", JSON.stringify(answer, null, 2), "application/json") }, "JSON")),
    el("div", { id: "topic-partner-list" }, answer.items.map((p) => el("section", { class: "card province", "data-id": p.partner.id },
      el("h2", {}, entityLink(p.partner), " ", badge(p.partner.labels), p.country ? el("span", { class: "muted" }, ` (${p.country})`) : null),
      el("ul", {}, p.via.map((v) => el("li", {}, el("span", { class: "when" }, v.date || t("undated")), " ",
        entityLink(v), v.evidence.slice(0, 2).map((e) => evidenceBlock(e, [p.partner.name, topicName, partnerName]))))))))));
}

/* ---------- start ---------- */

async function loadColours() {
  // The Browser's GraSS style sheet, served by this API: the same colour for a label everywhere.
  try {
    const grass = await (await fetch("/browser/style.grass")).text();
    for (const match of grass.matchAll(/node\.(\w+)\s*\{([^}]*)\}/g)) {
      const colourMatch = match[2].match(/(?:^|[\s;])color:\s*(#[0-9A-Fa-f]{3,8})/);
      if (colourMatch) state.colours[match[1]] = colourMatch[1];
    }
  } catch (error) { /* the fallback colours are the same ones */ }
}

document.addEventListener("DOMContentLoaded", async () => {
  applyLanguage();
  setupSearch();
  document.getElementById("lang").addEventListener("click", () => {
    state.lang = state.lang === "vi" ? "en" : "vi";
    localStorage.setItem("edkg-lang", state.lang);
    applyLanguage();
    route();
  });
  window.addEventListener("hashchange", route);
  await loadColours();
  await route();
});
