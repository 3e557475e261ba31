import { Viewer, Cartesian3, Color, Ion, HeightReference } from 'cesium';

Ion.defaultAccessToken = import.meta.env.VITE_CESIUM_TOKEN;

const viewer = new Viewer('globe', { timeline: false, animation: false });

function parseRow(line) {
  const [name, lat, lon, depthKm, magnitude] = line.split(',');
  return { name, lat: Number(lat), lon: Number(lon), depthKm: Number(depthKm), magnitude: Number(magnitude) };
}

function validQuake(quake) {
  if (quake.lat === NaN || quake.lon === NaN) { // expect: nan-comparison
    return false;
  }
  return Math.abs(quake.lat) <= 90 && Math.abs(quake.lon) <= 180;
}

export async function plotQuakes(url) {
  const text = await (await fetch(url)).text();
  const quakes = text.trim().split('\n').slice(1).map(parseRow).filter(validQuake);
  quakes.forEach((quake) => {
    const size = Number.isFinite(quake.magnitude) ? quake.magnitude * 4 : 6;
    const deep = quake.depthKm !== NaN && quake.depthKm > 70; // expect: nan-comparison
    viewer.entities.add({
      name: quake.name,
      position: Cartesian3.fromDegrees(quake.lon, quake.lat),
      point: { pixelSize: size, color: deep ? Color.ORANGE : Color.RED, heightReference: HeightReference.CLAMP_TO_GROUND },
    });
  });
  viewer.zoomTo(viewer.entities);
  return quakes.length;
}
