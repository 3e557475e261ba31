package controllers

import (
	"context"
	"fmt"
	"os/exec"
	"regexp"

	corev1 "k8s.io/api/core/v1"
	ctrl "sigs.k8s.io/controller-runtime"
	"sigs.k8s.io/controller-runtime/pkg/client"
)

// Pre-hooks are named in an annotation; only these fixed programs can run.
var preHooks = map[string][]string{
	"flush-redis":   {"redis-cli", "-h", "redis.cache.svc", "BGSAVE"},
	"pg-checkpoint": {"psql", "-h", "postgres.db.svc", "-c", "CHECKPOINT"},
}

var dnsLabel = regexp.MustCompile(`^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$`)

type BackupReconciler struct {
	client.Client
	Bucket string
}

func (r *BackupReconciler) Reconcile(ctx context.Context, req ctrl.Request) (ctrl.Result, error) {
	var ns corev1.Namespace
	if err := r.Get(ctx, req.NamespacedName, &ns); err != nil {
		return ctrl.Result{}, client.IgnoreNotFound(err)
	}
	if !dnsLabel.MatchString(ns.Name) {
		return ctrl.Result{}, fmt.Errorf("unexpected namespace name %q", ns.Name)
	}
	if argv, ok := preHooks[ns.Annotations["backup.example.io/pre-hook"]]; ok {
		if out, err := exec.CommandContext(ctx, argv[0], argv[1:]...).CombinedOutput(); err != nil {
			return ctrl.Result{}, fmt.Errorf("pre-hook: %w: %s", err, out)
		}
	}
	cmd := exec.CommandContext(ctx, "velero", "backup", "create", ns.Name+"-nightly",
		"--include-namespaces", ns.Name, "--storage-location", r.Bucket)
	if out, err := cmd.CombinedOutput(); err != nil {
		return ctrl.Result{}, fmt.Errorf("velero: %w: %s", err, out)
	}
	return ctrl.Result{}, nil
}
