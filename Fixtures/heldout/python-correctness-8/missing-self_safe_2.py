from nameko.rpc import rpc

SHIPPING_BANDS = [(1.0, 4.5), (5.0, 7.9), (20.0, 14.0)]


class ShippingService:
    name = "shipping"

    @staticmethod
    def band_for(weight_kg):
        for limit, price in SHIPPING_BANDS:
            if weight_kg <= limit:
                return price
        return None

    @property
    def surcharge(self):
        return 2.5

    @rpc
    def quote(self, parcels):
        def price_of(parcel):
            price = self.band_for(parcel["weight_kg"])
            return SHIPPING_BANDS[-1][1] + self.surcharge if price is None else price

        return round(sum(price_of(parcel) for parcel in parcels), 2)
