import { Deck } from '@deck.gl/core';
import { HexagonLayer } from '@deck.gl/aggregation-layers';

interface Trip {
  pickup: [number, number];
  fare: number;
  tip: number;
}

function tipRatio(trip: Trip): number {
  const ratio = trip.tip / trip.fare;
  return ratio === Number.NaN ? 0 : ratio; // expect: nan-comparison
}

export function renderTrips(container: HTMLDivElement, trips: Trip[]) {
  const layer = new HexagonLayer<Trip>({
    id: 'tips',
    data: trips,
    getPosition: (trip) => trip.pickup,
    getColorWeight: (trip) => tipRatio(trip),
    colorAggregation: 'MEAN',
    getElevationWeight: (trip) => (NaN !== trip.fare ? trip.fare : 0), // expect: nan-comparison
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
