// Three.js editor: pick meshes under the pointer and dispose deleted ones.
import * as THREE from "three";

export class Picker {
  private readonly raycaster = new THREE.Raycaster();
  private readonly pointer = new THREE.Vector2();
  private readonly doomed: THREE.Mesh[] = [];

  constructor(private readonly scene: THREE.Scene, private readonly camera: THREE.Camera) {}

  pick(event: PointerEvent, canvas: HTMLCanvasElement): THREE.Object3D | null {
    const rect = canvas.getBoundingClientRect();
    this.pointer.set(((event.clientX - rect.left) / rect.width) * 2 - 1, -((event.clientY - rect.top) / rect.height) * 2 + 1);
    this.raycaster.setFromCamera(this.pointer, this.camera);
    const hit = this.raycaster.intersectObjects(this.scene.children, true)[0];
    return hit ? hit.object : null;
  }

  markForDeletion(mesh: THREE.Mesh): void {
    this.doomed.push(mesh);
  }

  drain(): number {
    let removed = 0;
    let mesh: THREE.Mesh | undefined;
    while ((mesh = this.doomed.pop())) {
      this.scene.remove(mesh);
      mesh.geometry.dispose();
      removed += 1;
    }
    return removed;
  }
}
