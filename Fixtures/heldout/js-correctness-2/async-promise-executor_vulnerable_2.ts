export function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise(async (resolve, reject) => {  // expect: async-promise-executor
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error(`could not load ${src}`));
    img.src = src;
    await img.decode();
  });
}
