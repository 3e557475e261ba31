"""MLflow helpers used by the model-comparison notebook."""
import mlflow


def log_run(params, metrics, tags=None):
    with mlflow.start_run(tags=tags) as run:
        mlflow.log_params(params)
        mlflow.log_metrics(metrics)
        return run.info.run_id


def best_runs(experiment, metric="val_f1", limit=5):
    runs = mlflow.search_runs(experiment_names=[experiment], order_by=[f"metrics.{metric} DESC"])
    top = runs.head(limit)
    return top[["run_id", f"metrics.{metric}"]].to_dict("records")


def short_id(run_id):
    return run_id[:8]
