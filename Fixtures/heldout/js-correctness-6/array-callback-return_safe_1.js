/* Leaflet store locator: markers and the side list */
import L from 'leaflet';

function isOpenNow(store) {
  const now = new Date().getHours();
  return now >= store.opensAt && now < store.closesAt;
}

export function renderStores(map, stores, userPosition) {
  const open = stores.filter(function (store) {
    return isOpenNow(store);
  });

  const markers = open
    .filter((store) => store.lat && store.lng)
    .map((store) => L.marker([store.lat, store.lng], { title: store.name }).bindPopup(store.address));

  open.forEach((store) => {
    store.isOpen = true;
  });

  const group = L.featureGroup(markers).addTo(map);
  if (userPosition) {
    L.circleMarker(userPosition, { radius: 6, color: '#1e88e5' }).addTo(group);
  }
  map.fitBounds(group.getBounds(), { padding: [24, 24] });
  return group;
}
