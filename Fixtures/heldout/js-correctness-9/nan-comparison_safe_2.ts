import { Deck } from '@deck.gl/core';
import { HexagonLayer } from '@deck.gl/aggregation-layers';

interface Trip {
  pickup: [number, number];
  fare: number;
  tip: number;
}

function tipRatio(trip: Trip): number {
  const ratio = trip.tip / trip.fare;
  return Number.isNaN(ratio) || !Number.isFinite(ratio) ? 0 : ratio;
}

export function renderTrips(container: HTMLDivElement, trips: Trip[]) {
  const layer = new HexagonLayer<Trip>({
    id: 'tips',
    data: trips,
    getPosition: (trip) => trip.pickup,
    getColorWeight: (trip) => tipRatio(trip),
    colorAggregation: 'MEAN',
    getElevationWeight: (trip) => (isNaN(trip.fare) ? 0 : trip.fare),
    elevationScale: 20,
    extruded: true,
    radius: 250,
  });
  return new Deck({
    parent: container,
    initialViewState: { longitude: -73.98, latitude: 40.75, zoom: 11, pitch: 40 },
    controller: true,
    layers: [layer],
  });
}
