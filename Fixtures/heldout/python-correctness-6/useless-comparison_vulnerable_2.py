"""xarray checks on the regional temperature reanalysis before publishing."""
import xarray as xr


def load(path):
    dataset = xr.open_dataset(path)
    dataset.sizes["time"] > 0  # expect: useless-comparison
    return dataset


def monthly_anomaly(dataset, baseline=("1991-01-01", "2020-12-31")):
    climatology = dataset["t2m"].sel(time=slice(*baseline)).groupby("time.month").mean()
    anomaly = dataset["t2m"].groupby("time.month") - climatology
    anomaly.attrs["units"] == "K"  # expect: useless-comparison
    return anomaly
