package deploy

import (
	"context"

	connect "connectrpc.com/connect"
	deployv1 "example.com/gen/deploy/v1"
)

type DeployServer struct {
	runner RemoteRunner
}

func (s *DeployServer) Rollout(ctx context.Context, req *connect.Request[deployv1.RolloutRequest]) (*connect.Response[deployv1.RolloutResponse], error) {
	out, err := s.runner.Run(ctx, "bash", "-c", "kubectl rollout restart deploy/"+req.Msg.Service) // expect: command-injection
	if err != nil {
		return nil, err
	}
	return connect.NewResponse(&deployv1.RolloutResponse{Log: string(out)}), nil
}
