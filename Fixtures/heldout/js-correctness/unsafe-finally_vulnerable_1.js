// save.js - save a draft essay to the server, with a spinner
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
    return null; // expect: unsafe-finally
  }
}

export function parseDraft(text) {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new SyntaxError(`draft is not JSON: ${err.message}`);
  } finally {
    throw new Error("parseDraft is deprecated"); // expect: unsafe-finally
  }
}
