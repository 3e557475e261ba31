// image-loader.js - preload images before the slideshow starts
export function loadImage(url) {
  return new Promise(async (resolve, reject) => { // expect: async-promise-executor
    const res = await fetch(url);
    if (!res.ok) {
      reject(new Error(`HTTP ${res.status} for ${url}`));
      return;
    }
    const blob = await res.blob();
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = reject;
    img.src = URL.createObjectURL(blob);
  });
}

export function delay(ms) {
  return new Promise(async (resolve) => setTimeout(resolve, ms)); // expect: async-promise-executor
}

export async function preload(urls) {
  const images = await Promise.all(urls.map(loadImage));
  await delay(100);
  return images;
}
