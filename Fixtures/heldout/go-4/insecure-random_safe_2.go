package controllers

import (
	"context"
	"math/rand"
	"time"

	appsv1 "k8s.io/api/apps/v1"
	ctrl "sigs.k8s.io/controller-runtime"
	"sigs.k8s.io/controller-runtime/pkg/client"
)

// CanaryReconciler nudges canary deployments; jitter spreads requeues so that
// hundreds of objects do not hit the API server in the same second.
type CanaryReconciler struct {
	client.Client
	Base time.Duration
}

func (r *CanaryReconciler) jittered() time.Duration {
	spread := int64(r.Base / 5)
	if spread <= 0 {
		return r.Base
	}
	return r.Base + time.Duration(rand.Int63n(spread))
}

// pickProbePod chooses which replica serves the synthetic health probe.
func pickProbePod(pods []string) string {
	if len(pods) == 0 {
		return ""
	}
	return pods[rand.Intn(len(pods))]
}

func (r *CanaryReconciler) Reconcile(ctx context.Context, req ctrl.Request) (ctrl.Result, error) {
	var d appsv1.Deployment
	if err := r.Get(ctx, req.NamespacedName, &d); err != nil {
		return ctrl.Result{}, client.IgnoreNotFound(err)
	}
	if d.Annotations["canary.example.io/probe"] == "" {
		names := []string{d.Name + "-0", d.Name + "-1"}
		patch := client.MergeFrom(d.DeepCopy())
		if d.Annotations == nil {
			d.Annotations = map[string]string{}
		}
		d.Annotations["canary.example.io/probe"] = pickProbePod(names)
		if err := r.Patch(ctx, &d, patch); err != nil {
			return ctrl.Result{}, err
		}
	}
	return ctrl.Result{RequeueAfter: r.jittered()}, nil
}
