// The admin dashboard's refresh: every few seconds, fetch the page again and swap the sections
// marked data-live (figures, tables, charts), leaving the forms, notices and open key lists be.
// Forms marked data-confirm ask before they post. No framework, no inline script (CSP).
const main = document.querySelector("main[data-refresh]");
const every = Number(main?.dataset.refresh || 0) * 1000;

async function refresh() {
  if (document.hidden) return;
  let response;
  try {
    response = await fetch("/admin?refresh=1", { credentials: "same-origin", cache: "no-store" });
  } catch {
    return; // the node is restarting or the network is away: try again next time
  }
  if (response.redirected) {
    location.assign("/admin/login"); // the session ended
    return;
  }
  if (!response.ok) return;
  const fresh = new DOMParser().parseFromString(await response.text(), "text/html");
  const open = new Set(
    [...document.querySelectorAll("details[open][data-keep]")].map((d) => d.dataset.keep),
  );
  for (const section of fresh.querySelectorAll("[data-live][id]")) {
    const current = document.getElementById(section.id);
    if (!current || current.contains(document.activeElement)) continue;
    for (const d of section.querySelectorAll("details[data-keep]")) {
      if (open.has(d.dataset.keep)) d.open = true;
    }
    current.replaceWith(document.adoptNode(section));
  }
}

if (every > 0) setInterval(refresh, every);

document.addEventListener("submit", (event) => {
  const question = event.target?.dataset?.confirm;
  if (question && !window.confirm(question)) event.preventDefault();
});
