// Three.js scene helper: visible floors and their labels, every callback returns.
import * as THREE from 'three';

function inFrustum(frustum, mesh) {
  return frustum.intersectsObject(mesh);
}

export function visibleFloors(building, camera) {
  const frustum = new THREE.Frustum();
  frustum.setFromProjectionMatrix(
    new THREE.Matrix4().multiplyMatrices(camera.projectionMatrix, camera.matrixWorldInverse)
  );
  return building.children.filter(function (mesh) {
    return inFrustum(frustum, mesh);
  });
}

export function floorLabels(floors) {
  return floors
    .filter((floor) => Boolean(floor.userData.name))
    .map((floor) => {
      const sprite = new THREE.Sprite(new THREE.SpriteMaterial({ color: 0xffffff }));
      sprite.position.copy(floor.position);
      sprite.name = `label-${floor.userData.name}`;
      return sprite;
    });
}

export function attachLabels(scene, floors) {
  floorLabels(floors).forEach((label) => {
    scene.add(label);
  });
}
