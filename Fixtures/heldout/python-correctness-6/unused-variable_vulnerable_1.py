"""Keras callback that reports training progress to the lab's dashboard."""
import time

import keras
import requests

DASHBOARD = "https://lab-dashboard.internal/api/runs"


class DashboardReporter(keras.callbacks.Callback):
    def __init__(self, run_name):
        super().__init__()
        self.run_name = run_name
        self.started = None

    def on_train_begin(self, logs=None):
        self.started = time.monotonic()

    def on_epoch_end(self, epoch, logs=None):
        logs = logs or {}
        elapsed = time.monotonic() - self.started  # expect: unused-variable
        learning_rate = float(self.model.optimizer.learning_rate)  # expect: unused-variable
        try:
            requests.post(f"{DASHBOARD}/{self.run_name}", json={"epoch": epoch, **logs}, timeout=5)
        except requests.RequestException as error:  # expect: unused-variable
            self.model.stop_training = False
