// save.js (fixed) - finally only cleans up; nested functions in finally may return
const spinner = document.querySelector(".spinner");

export async function saveDraft(draft) {
  spinner.hidden = false;
  try {
    const res = await fetch("/api/drafts", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(draft),
    });
    if (!res.ok) {
      throw new Error(`save failed: ${res.status}`);
    }
    return await res.json();
  } finally {
    spinner.hidden = true;
    setTimeout(() => {
      if (!spinner.hidden) {
        return;
      }
      spinner.classList.remove("fade");
    }, 200);
  }
}

export function parseDraft(text) {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new SyntaxError(`draft is not JSON: ${err.message}`);
  } finally {
    console.debug("parseDraft called");
  }
}
