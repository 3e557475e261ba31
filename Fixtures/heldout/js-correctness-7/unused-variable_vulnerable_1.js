// Mapbox GL JS store map: clusters shops and opens a popup on click.
import mapboxgl from 'mapbox-gl';
import { bbox, center } from '@turf/turf'; // expect: unused-variable

mapboxgl.accessToken = import.meta.env.VITE_MAPBOX_TOKEN;

function popupHtml(shop) { // expect: unused-variable
  return `<strong>${shop.name}</strong><br>${shop.address}`;
}

export function createShopMap(container, shops) {
  const map = new mapboxgl.Map({ container, style: 'mapbox://styles/mapbox/streets-v12', center: [10.45, 51.16], zoom: 5 });
  const loadedAt = Date.now(); // expect: unused-variable
  map.on('load', () => {
    map.addSource('shops', { type: 'geojson', data: shops, cluster: true, clusterRadius: 40 });
    map.addLayer({ id: 'clusters', type: 'circle', source: 'shops', paint: { 'circle-radius': 14, 'circle-color': '#0b7285' } });
    map.fitBounds(bbox(shops), { padding: 40 });
  });
  map.on('click', 'clusters', (event) => {
    const shop = event.features[0].properties;
    new mapboxgl.Popup().setLngLat(event.lngLat).setText(`${shop.name}, ${shop.address}`).addTo(map);
  });
  return map;
}
