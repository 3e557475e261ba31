// Three.js scene helper: picks the meshes to highlight and builds their labels.
import * as THREE from 'three';

export function visibleFloors(building, camera) {
  const frustum = new THREE.Frustum();
  frustum.setFromProjectionMatrix(
    new THREE.Matrix4().multiplyMatrices(camera.projectionMatrix, camera.matrixWorldInverse)
  );
  return building.children.filter(function (mesh) { // expect: array-callback-return
    mesh.userData.inView = frustum.intersectsObject(mesh);
  });
}

export function floorLabels(floors) {
  return floors.map((floor) => { // expect: array-callback-return
    if (floor.userData.name) {
      const sprite = new THREE.Sprite(new THREE.SpriteMaterial({ color: 0xffffff }));
      sprite.position.copy(floor.position);
      sprite.name = `label-${floor.userData.name}`;
      return sprite;
    }
  });
}

export function attachLabels(scene, floors) {
  floorLabels(floors).forEach((label) => {
    if (label) {
      scene.add(label);
    }
  });
}
