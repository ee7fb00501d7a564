/* Back-office: the page of a file being imported follows its progress, and shows its report,
 * without reloading (core/templates/core/admin/import_job.html). Without JavaScript, the
 * person refreshes the page. */
(() => {
  "use strict";
  const root = document.querySelector("[data-import-job]");
  if (!root || root.dataset.finished === "true") return;
  const field = (name) => root.querySelector(`[data-import-${name}]`);
  const refresh = field("refresh");
  if (refresh) refresh.hidden = true;

  function show(state) {
    const status = field("status");
    if (status.textContent !== state.status_label) status.textContent = state.status_label;
    field("progress").value = state.percent;
    field("progress").textContent = `${state.percent}\u00a0%`;
    field("percent").textContent = `${state.percent}\u00a0%`;
    field("rows").textContent = state.rows_read_text;
  }

  function report(state) {
    // The same block as the server writes for a finished job, from a template of the page.
    const template = document.getElementById(
      state.status === "termine" ? "import-report-done" : "import-report-refused",
    );
    const block = template.content.firstElementChild.cloneNode(true);
    const list = block.querySelector("ul");
    state.report.forEach((line) => {
      const item = document.createElement("li");
      item.textContent = line;
      list.append(item);
    });
    field("running").replaceWith(block);
    const back = field("back");
    if (back) back.hidden = false;
  }

  async function poll() {
    try {
      const response = await fetch(root.dataset.stateUrl, { headers: { Accept: "application/json" } });
      if (response.ok) {
        const state = await response.json();
        show(state);
        if (state.finished) {
          report(state);
          return;
        }
      }
    } catch (error) {
      // A lost request: the next one will tell.
    }
    window.setTimeout(poll, 1000);
  }
  window.setTimeout(poll, 1000);
})();
