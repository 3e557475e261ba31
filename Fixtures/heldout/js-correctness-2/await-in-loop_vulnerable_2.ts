import sharp from "sharp";
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";

export async function makeThumbnails(dir: string, outDir: string): Promise<number> {
  const names = await readdir(dir);
  let made = 0;
  for (let i = 0; i < names.length; i++) {
    const src = join(dir, names[i]);
    const info = await stat(src);  // expect: await-in-loop
    if (!info.isFile() || !/\.(jpe?g|png)$/i.test(names[i])) {
      continue;
    }
    await sharp(src).resize(200, 200, { fit: "cover" }).toFile(join(outDir, names[i]));  // expect: await-in-loop
    made++;
  }
  return made;
}
