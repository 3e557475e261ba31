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

func (q *QuotaChecker) Sweep(ctx context.Context, namespaces []string) error {
	tracer := otel.Tracer("quota")
	ctx, span := tracer.Start(ctx, "sweep")
	defer span.End()

	var wg sync.WaitGroup
	errs := make(chan error, len(namespaces))
	for _, ns := range namespaces {
		wg.Add(1)
		go func(ns string) {
			defer wg.Done()
			var pods corev1.PodList
			if err := q.List(ctx, &pods, client.InNamespace(ns)); err != nil {
				errs <- err
				return
			}
			var total int64
			for _, p := range pods.Items {
				for _, c := range p.Spec.Containers {
					total += c.Resources.Requests.Memory().Value()
				}
			}
			func() {
				q.mu.Lock()
				defer q.mu.Unlock()
				q.usage[ns] = total
			}()
		}(ns)
	}
	wg.Wait()
	close(errs)
	return <-errs
}
