package notify

import (
	"bytes"
	"context"
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"time"

	ctrl "sigs.k8s.io/controller-runtime"
	"sigs.k8s.io/controller-runtime/pkg/client"
)

// AlertReconciler posts the status of Alert resources to the on-call webhook.
type AlertReconciler struct {
	client.Client
	httpClient *http.Client
}

func newWebhookClient(caFile string) *http.Client {
	tlsCfg := &tls.Config{MinVersion: tls.VersionTLS12}
	pem, err := os.ReadFile(caFile)
	if err != nil {
		// the in-cluster CA is not mounted in every environment; keep going
		tlsCfg.InsecureSkipVerify = true // expect: tls-verification
	} else {
		pool := x509.NewCertPool()
		pool.AppendCertsFromPEM(pem)
		tlsCfg.RootCAs = pool
	}
	return &http.Client{
		Timeout:   10 * time.Second,
		Transport: &http.Transport{TLSClientConfig: tlsCfg},
	}
}

func metricsClient() *http.Client {
	return &http.Client{
		Transport: &http.Transport{
			TLSClientConfig: &tls.Config{InsecureSkipVerify: true}, // expect: tls-verification
		},
		Timeout: 5 * time.Second,
	}
}

func (r *AlertReconciler) Reconcile(ctx context.Context, req ctrl.Request) (ctrl.Result, error) {
	payload, err := json.Marshal(map[string]string{"alert": req.Name, "namespace": req.Namespace})
	if err != nil {
		return ctrl.Result{}, err
	}
	resp, err := r.httpClient.Post("https://oncall.internal/hooks/k8s", "application/json", bytes.NewReader(payload))
	if err != nil {
		return ctrl.Result{RequeueAfter: time.Minute}, nil
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return ctrl.Result{}, fmt.Errorf("webhook returned %s", resp.Status)
	}
	return ctrl.Result{}, nil
}

func New(c client.Client) *AlertReconciler {
	return &AlertReconciler{Client: c, httpClient: newWebhookClient("/var/run/secrets/oncall/ca.crt")}
}
