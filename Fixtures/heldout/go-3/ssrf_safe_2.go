package weather

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
)

const apiBase = "https://api.open-meteo.example/v1/forecast"

type Forecast struct {
	Temperature float64 `json:"temperature"`
}

func ForCity(ctx context.Context, city string) (*Forecast, error) {
	q := url.Values{}
	q.Set("city", city)
	q.Set("units", "metric")
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, apiBase+"?"+q.Encode(), nil)
	if err != nil {
		return nil, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var f Forecast
	if err := json.NewDecoder(resp.Body).Decode(&f); err != nil {
		return nil, err
	}
	return &f, nil
}

func StationPage(station string) string {
	return "https://stations.open-meteo.example/" + url.PathEscape(station)
}
