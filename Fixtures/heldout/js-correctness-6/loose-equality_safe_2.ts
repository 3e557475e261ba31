import { ArcRotateCamera, Engine, HemisphericLight, MeshBuilder, Scene, Vector3, type Mesh } from '@babylonjs/core';

export function buildScene(canvas: HTMLCanvasElement, layout: { kind: string; level: number | string }[]): Scene {
  const engine = new Engine(canvas, true);
  const scene = new Scene(engine);
  const camera = new ArcRotateCamera('cam', Math.PI / 4, Math.PI / 3, 30, Vector3.Zero(), scene);
  camera.attachControl(canvas, true);
  new HemisphericLight('sun', new Vector3(0, 1, 0), scene);

  const meshes: Mesh[] = layout.map((entry, i) => {
    const mesh = entry.kind === 'tower'
      ? MeshBuilder.CreateCylinder(`m${i}`, { height: 6, diameter: 2 }, scene)
      : MeshBuilder.CreateBox(`m${i}`, { size: 2 }, scene);
    mesh.position = new Vector3((i % 5) * 4, 0, Math.floor(i / 5) * 4);
    return mesh;
  });

  const ground = layout.filter((entry) => Number(entry.level) === 0);
  MeshBuilder.CreateGround('ground', { width: 20 + ground.length, height: 20 }, scene);

  engine.runRenderLoop(() => scene.render());
  scene.onDisposeObservable.add(() => meshes.forEach((m) => m.dispose()));
  return scene;
}
