// OpenLayers map: delivery zones; every name imported or declared.
import Map from 'ol/Map';
import View from 'ol/View';
import TileLayer from 'ol/layer/Tile';
import VectorLayer from 'ol/layer/Vector';
import VectorSource from 'ol/source/Vector';
import OSM from 'ol/source/OSM';
import GeoJSON from 'ol/format/GeoJSON';
import { fromLonLat } from 'ol/proj';
import { Style, Fill, Stroke } from 'ol/style';

const COLORS = { open: '#2e7d32', paused: '#f9a825', closed: '#c62828' };
const DEFAULT_ZOOM = 11;

function zoneStyle(feature) {
  const color = COLORS[feature.get('status')] || '#607d8b';
  return new Style({
    fill: new Fill({ color: color + '55' }),
    stroke: new Stroke({ color, width: 2 }),
  });
}

export function createZoneMap(target, zonesUrl) {
  const zones = new VectorLayer({
    source: new VectorSource({ url: zonesUrl, format: new GeoJSON() }),
    style: zoneStyle,
  });
  return new Map({
    target,
    layers: [new TileLayer({ source: new OSM() }), zones],
    view: new View({ center: fromLonLat([13.405, 52.52]), zoom: DEFAULT_ZOOM }),
  });
}
