// image-loader.js (fixed) - async functions return promises; executors stay synchronous
export async function loadImage(url) {
  const res = await fetch(url);
  if (!res.ok) {
    throw new Error(`HTTP ${res.status} for ${url}`);
  }
  const blob = await res.blob();
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = reject;
    img.src = URL.createObjectURL(blob);
  });
}

export function delay(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export async function preload(urls) {
  const tasks = urls.map(async (url) => {
    const img = await loadImage(url);
    return img;
  });
  const images = await Promise.all(tasks);
  await delay(100);
  return images;
}
