import kopf
import kubernetes

DEFAULT_LABELS = {
    "app.kubernetes.io/managed-by": "backup-operator",
    "app.kubernetes.io/part-of": "backups",
    "team": "platform",
    "Team": "Platform",
}


def cronjob_for(name, namespace, spec):
    labels = {**DEFAULT_LABELS, "team": spec.get("team", "platform")}
    return {
        "apiVersion": "batch/v1",
        "kind": "CronJob",
        "metadata": {"name": f"{name}-backup", "namespace": namespace, "labels": labels},
        "spec": {
            "schedule": spec.get("schedule", "0 3 * * *"),
            "concurrencyPolicy": "Forbid",
            "jobTemplate": {"spec": {"template": {"spec": {
                "restartPolicy": "OnFailure",
                "containers": [{"name": "dump", "image": spec["image"], "args": ["--target", spec["bucket"]]}],
            }}}},
        },
    }


@kopf.on.create("example.org", "v1", "backupplans")
def create_plan(spec, name, namespace, logger, **_):
    body = cronjob_for(name, namespace, spec)
    kopf.adopt(body)
    api = kubernetes.client.BatchV1Api()
    api.create_namespaced_cron_job(namespace=namespace, body=body)
    logger.info("created backup cronjob for %s", name)
    status = {"cronjob": body["metadata"]["name"], "phase": "Scheduled"}
    status["phase"] = "Active"
    return status
