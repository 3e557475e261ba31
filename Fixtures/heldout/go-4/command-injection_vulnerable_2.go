package controllers

import (
	"context"
	"fmt"
	"os/exec"

	corev1 "k8s.io/api/core/v1"
	ctrl "sigs.k8s.io/controller-runtime"
	"sigs.k8s.io/controller-runtime/pkg/client"
	"sigs.k8s.io/controller-runtime/pkg/log"
)

const hookAnnotation = "backup.example.io/pre-hook"

// BackupReconciler runs a snapshot for every namespace labelled for backups.
type BackupReconciler struct {
	client.Client
	Bucket string
}

func (r *BackupReconciler) runPreHook(ctx context.Context, ns *corev1.Namespace) error {
	hook, ok := ns.Annotations[hookAnnotation]
	if !ok {
		return nil
	}
	out, err := exec.CommandContext(ctx, "bash", "-c", hook).CombinedOutput() // expect: command-injection
	log.FromContext(ctx).Info("pre-hook finished", "namespace", ns.Name, "output", string(out))
	return err
}

func (r *BackupReconciler) Reconcile(ctx context.Context, req ctrl.Request) (ctrl.Result, error) {
	var ns corev1.Namespace
	if err := r.Get(ctx, req.NamespacedName, &ns); err != nil {
		return ctrl.Result{}, client.IgnoreNotFound(err)
	}
	if ns.Labels["backup.example.io/enabled"] != "true" {
		return ctrl.Result{}, nil
	}
	if err := r.runPreHook(ctx, &ns); err != nil {
		return ctrl.Result{}, fmt.Errorf("pre-hook: %w", err)
	}
	script := fmt.Sprintf("velero backup create %s-nightly --include-namespaces %s --storage-location %s",
		ns.Name, ns.Name, r.Bucket)
	if out, err := exec.CommandContext(ctx, "sh", "-c", script).CombinedOutput(); err != nil { // expect: command-injection
		return ctrl.Result{}, fmt.Errorf("velero: %w: %s", err, out)
	}
	return ctrl.Result{}, nil
}

func (r *BackupReconciler) SetupWithManager(mgr ctrl.Manager) error {
	return ctrl.NewControllerManagedBy(mgr).For(&corev1.Namespace{}).Complete(r)
}
