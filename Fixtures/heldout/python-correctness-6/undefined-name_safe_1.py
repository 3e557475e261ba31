"""LightGBM training script for the delivery-time model."""
import lightgbm as lgb
import pandas as pd

FEATURES = ["distance_km", "items", "hour", "weekday", "rain_mm"]


def train(path):
    frame = pd.read_parquet(path)
    train_set = lgb.Dataset(frame[FEATURES], label=frame["minutes"])
    params = {"objective": "regression", "learning_rate": LEARNING_RATE, "num_leaves": 63}
    return lgb.train(params, train_set, num_boost_round=400)


def evaluate(booster, frame):
    if (rows := len(frame)) == 0:
        return 0.0
    predicted = booster.predict(frame[FEATURES])
    return float(abs(predicted - frame["minutes"]).sum()) / rows


LEARNING_RATE = 0.05
