// Ladderlint report webview script (loaded with the page's CSP nonce; no remote resources).
// - click (or Enter/Space) on an element with data-line / data-start+data-end reveals it in the editor;
// - {type:"update", body} from the extension replaces the report body live, keeping the scroll position;
// - {type:"cleared"} marks the report as stale (the document was closed).
(function () {
  "use strict";
  const vscode = acquireVsCodeApi();

  function decorate(root) {
    for (const el of root.querySelectorAll("[data-line], [data-start]")) {
      el.classList.add("ll-reveal");
      if (!el.hasAttribute("tabindex")) el.setAttribute("tabindex", "0");
      if (!el.hasAttribute("role")) el.setAttribute("role", "link");
      if (!el.hasAttribute("title")) el.setAttribute("title", "Show in the editor");
    }
  }

  function reveal(el) {
    const msg = { type: "reveal" };
    const line = Number(el.getAttribute("data-line"));
    const start = Number(el.getAttribute("data-start"));
    const end = Number(el.getAttribute("data-end"));
    if (Number.isFinite(line) && line > 0) msg.line = line;
    if (el.hasAttribute("data-start") && Number.isFinite(start) && Number.isFinite(end)) {
      msg.start = start;
      msg.end = end;
    }
    if (msg.line !== undefined || msg.start !== undefined) vscode.postMessage(msg);
  }

  document.addEventListener("click", (e) => {
    const target = e.target instanceof Element ? e.target.closest("[data-line], [data-start]") : null;
    if (!target) return;
    if (e.target instanceof Element && e.target.closest("a[href]")) e.preventDefault();
    reveal(target);
  });
  document.addEventListener("keydown", (e) => {
    if (e.key !== "Enter" && e.key !== " ") return;
    const target = e.target instanceof Element ? e.target.closest("[data-line], [data-start]") : null;
    if (!target) return;
    e.preventDefault();
    reveal(target);
  });

  window.addEventListener("message", (event) => {
    const msg = event.data;
    if (!msg || typeof msg !== "object") return;
    if (msg.type === "update" && typeof msg.body === "string") {
      const y = window.scrollY;
      // The body comes from renderReportHtml: every document text in it is escaped.
      const doc = new DOMParser().parseFromString("<body>" + msg.body + "</body>", "text/html");
      document.body.replaceChildren(...Array.from(doc.body.childNodes).map((n) => document.importNode(n, true)));
      document.body.classList.remove("ll-stale");
      decorate(document.body);
      window.scrollTo(0, y);
      vscode.setState({ y });
    } else if (msg.type === "cleared") {
      document.body.classList.add("ll-stale");
    }
  });

  window.addEventListener("scroll", () => vscode.setState({ y: window.scrollY }), { passive: true });
  const state = vscode.getState();
  decorate(document.body);
  if (state && typeof state.y === "number") window.scrollTo(0, state.y);
})();
