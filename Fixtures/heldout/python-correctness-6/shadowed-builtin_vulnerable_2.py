"""MLflow helpers used by the model-comparison notebook."""
import mlflow


def log_run(params, metrics, tags=None):
    with mlflow.start_run(tags=tags) as run:
        mlflow.log_params(params)
        mlflow.log_metrics(metrics)
        return run.info.run_id


def best_runs(experiment, metric="val_f1", limit=5):
    runs = mlflow.search_runs(experiment_names=[experiment], order_by=[f"metrics.{metric} DESC"])
    list = runs.head(limit)  # expect: shadowed-builtin
    return list[["run_id", f"metrics.{metric}"]].to_dict("records")


def hash(run_id):  # expect: shadowed-builtin
    return run_id[:8]
