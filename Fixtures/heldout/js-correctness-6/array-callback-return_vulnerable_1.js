/* Leaflet store locator: markers and the side list */
import L from 'leaflet';

export function renderStores(map, stores, userPosition) {
  const open = stores.filter(function (store) { // expect: array-callback-return
    const now = new Date().getHours();
    store.isOpen = now >= store.opensAt && now < store.closesAt;
  });

  const markers = open.map((store) => { // expect: array-callback-return
    if (store.lat && store.lng) {
      return L.marker([store.lat, store.lng], { title: store.name }).bindPopup(store.address);
    }
  });

  const group = L.featureGroup(markers.filter(Boolean)).addTo(map);
  if (userPosition) {
    L.circleMarker(userPosition, { radius: 6, color: '#1e88e5' }).addTo(group);
  }
  map.fitBounds(group.getBounds(), { padding: [24, 24] });
  return group;
}
