package controllers

import (
	"context"
	"sync"

	"go.opentelemetry.io/otel"
	corev1 "k8s.io/api/core/v1"
	"sigs.k8s.io/controller-runtime/pkg/client"
)

type QuotaChecker struct {
	client.Client
	mu    sync.Mutex
	usage map[string]int64
}

// Sweep recomputes memory requests per namespace.
func (q *QuotaChecker) Sweep(ctx context.Context, namespaces []string) error {
	tracer := otel.Tracer("quota")
	for _, ns := range namespaces {
		ctx, span := tracer.Start(ctx, "sweep-namespace")
		defer span.End() // expect: defer-in-loop

		var pods corev1.PodList
		if err := q.List(ctx, &pods, client.InNamespace(ns)); err != nil {
			return err
		}
		var total int64
		for _, p := range pods.Items {
			for _, c := range p.Spec.Containers {
				total += c.Resources.Requests.Memory().Value()
			}
		}
		q.mu.Lock()
		defer q.mu.Unlock() // expect: defer-in-loop
		q.usage[ns] = total
	}
	return nil
}
