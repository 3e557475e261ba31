// Mapbox GL JS store map: every import and helper used.
import mapboxgl from 'mapbox-gl';
import { bbox, center } from '@turf/turf';

mapboxgl.accessToken = import.meta.env.VITE_MAPBOX_TOKEN;

function popupText(shop) {
  return `${shop.name}, ${shop.address}`;
}

export function createShopMap(container, shops) {
  const middle = center(shops).geometry.coordinates;
  const map = new mapboxgl.Map({ container, style: 'mapbox://styles/mapbox/streets-v12', center: middle, zoom: 5 });
  const loadedAt = Date.now();
  map.on('load', () => {
    map.addSource('shops', { type: 'geojson', data: shops, cluster: true, clusterRadius: 40 });
    map.addLayer({ id: 'clusters', type: 'circle', source: 'shops', paint: { 'circle-radius': 14, 'circle-color': '#0b7285' } });
    map.fitBounds(bbox(shops), { padding: 40, duration: Date.now() - loadedAt > 2000 ? 0 : 600 });
  });
  map.on('click', 'clusters', (event) => {
    const shop = event.features[0].properties;
    new mapboxgl.Popup().setLngLat(event.lngLat).setText(popupText(shop)).addTo(map);
  });
  return map;
}
