"""xarray checks on the regional temperature reanalysis before publishing."""
import xarray as xr


def load(path):
    dataset = xr.open_dataset(path)
    if not dataset.sizes["time"] > 0:
        raise ValueError(f"{path} has no time steps")
    return dataset


def monthly_anomaly(dataset, baseline=("1991-01-01", "2020-12-31")):
    climatology = dataset["t2m"].sel(time=slice(*baseline)).groupby("time.month").mean()
    anomaly = dataset["t2m"].groupby("time.month") - climatology
    assert anomaly.attrs.get("units", "K") == "K", "anomaly must be in kelvin"
    return anomaly
