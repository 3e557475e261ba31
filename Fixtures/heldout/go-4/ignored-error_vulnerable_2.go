package controllers

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"time"

	"k8s.io/apimachinery/pkg/api/meta"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	ctrl "sigs.k8s.io/controller-runtime"
	"sigs.k8s.io/controller-runtime/pkg/client"

	sitev1 "example.com/site-operator/api/v1"
)

type SiteReconciler struct {
	client.Client
	HTTP *http.Client
}

func (r *SiteReconciler) probe(url string) (bool, string) {
	resp, err := r.HTTP.Get(url)
	if err != nil {
		return false, err.Error()
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 4096)) // expect: ignored-error
	var health struct {
		Status string `json:"status"`
	}
	if err := json.Unmarshal(body, &health); err != nil {
		return false, "unparseable health body"
	}
	return health.Status == "ok", health.Status
}

func (r *SiteReconciler) Reconcile(ctx context.Context, req ctrl.Request) (ctrl.Result, error) {
	var site sitev1.Site
	if err := r.Get(ctx, req.NamespacedName, &site); err != nil {
		return ctrl.Result{}, client.IgnoreNotFound(err)
	}
	ok, msg := r.probe("http://" + site.Name + "." + site.Namespace + ".svc/healthz")
	status := metav1.ConditionFalse
	if ok {
		status = metav1.ConditionTrue
	}
	meta.SetStatusCondition(&site.Status.Conditions, metav1.Condition{
		Type: "Healthy", Status: status, Reason: "Probe", Message: msg,
	})
	_ = r.Status().Update(ctx, &site) // expect: ignored-error
	return ctrl.Result{RequeueAfter: 30 * time.Second}, nil
}
