export function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error(`could not load ${src}`));
    img.src = src;
  });
}

export async function loadAll(sources: string[]): Promise<HTMLImageElement[]> {
  return Promise.all(sources.map(async (src) => {
    const img = await loadImage(src);
    await img.decode();
    return img;
  }));
}
