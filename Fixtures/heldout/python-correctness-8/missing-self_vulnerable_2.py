from nameko.rpc import rpc

SHIPPING_BANDS = [(1.0, 4.5), (5.0, 7.9), (20.0, 14.0)]


class ShippingService:
    name = "shipping"

    def band_for(weight_kg):  # expect: missing-self
        for limit, price in SHIPPING_BANDS:
            if weight_kg <= limit:
                return price
        return None

    def surcharge():  # expect: missing-self
        return 2.5

    @rpc
    def quote(self, parcels):
        total = 0.0
        for parcel in parcels:
            price = self.band_for(parcel["weight_kg"])
            if price is None:
                price = SHIPPING_BANDS[-1][1] + self.surcharge()
            total += price
        return round(total, 2)
