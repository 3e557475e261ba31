"""LightGBM training script for the delivery-time model."""
import lightgbm as lgb
import pandas as pd

FEATURES = ["distance_km", "items", "hour", "weekday", "rain_mm"]


def train(path):
    frame = pd.read_parquet(path)
    train_set = lgb.Dataset(frame[FEATURES], label=frame["minutes"])
    params = {"objective": "regression", "learning_rate": LEARNING_RATE, "num_leaves": 63}  # expect: undefined-name
    booster = lgb.train(params, train_set, num_boost_round=400)
    return booster


def save(booster, path):
    booster.save_model(path)
    return booster.feature_importance(importance_type="gain").tolist()


def evaluate(booster, frame):
    predicted = booster.predict(frame[FEATURES])
    return float(abs(predicted - frame["minutes"]).mean()) / len(fram)  # expect: undefined-name
