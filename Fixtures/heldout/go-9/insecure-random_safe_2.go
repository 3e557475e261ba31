package playlist

import (
	"context"
	"encoding/json"
	"hash/fnv"
	"math/rand"

	"github.com/dapr/go-sdk/service/common"
)

type Track struct {
	ID    string `json:"id"`
	Title string `json:"title"`
}

type shuffleRequest struct {
	Listener string  `json:"listener"`
	Day      string  `json:"day"`
	Tracks   []Track `json:"tracks"`
}

// seedFor keeps the daily mix stable for one listener on one day.
func seedFor(listener, day string) int64 {
	h := fnv.New64a()
	h.Write([]byte(listener + "/" + day))
	return int64(h.Sum64())
}

// Shuffle is invoked through Dapr service invocation by the radio front end.
func Shuffle(ctx context.Context, in *common.InvocationEvent) (*common.Content, error) {
	var req shuffleRequest
	if err := json.Unmarshal(in.Data, &req); err != nil {
		return nil, err
	}
	rng := rand.New(rand.NewSource(seedFor(req.Listener, req.Day)))
	rng.Shuffle(len(req.Tracks), func(i, j int) {
		req.Tracks[i], req.Tracks[j] = req.Tracks[j], req.Tracks[i]
	})
	out, err := json.Marshal(req.Tracks)
	if err != nil {
		return nil, err
	}
	return &common.Content{ContentType: "application/json", Data: out}, nil
}
