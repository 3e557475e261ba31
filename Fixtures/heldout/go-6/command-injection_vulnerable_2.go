package service

import (
	"context"
	"fmt"
	"os/exec"

	"github.com/go-kratos/kratos/v2/errors"
	"github.com/go-kratos/kratos/v2/log"
)

type DiagRequest struct {
	Host  string
	Count int32
	Iface string
}

type DiagReply struct {
	Output string
}

type DiagService struct {
	log *log.Helper
}

func NewDiagService(logger log.Logger) *DiagService {
	return &DiagService{log: log.NewHelper(logger)}
}

func (s *DiagService) Ping(ctx context.Context, req *DiagRequest) (*DiagReply, error) {
	line := fmt.Sprintf("ping -c %d -I %s %s", req.Count, req.Iface, req.Host)
	out, err := exec.CommandContext(ctx, "bash", "-c", line).Output() // expect: command-injection
	if err != nil {
		return nil, errors.InternalServer("PING_FAILED", err.Error())
	}
	return &DiagReply{Output: string(out)}, nil
}

func (s *DiagService) Trace(ctx context.Context, req *DiagRequest) (*DiagReply, error) {
	s.log.WithContext(ctx).Infof("trace requested for %q", req.Host)
	cmd := exec.Command("/bin/sh", "-c", "traceroute -m 20 "+req.Host) // expect: command-injection
	out, err := cmd.Output()
	if err != nil {
		return nil, errors.InternalServer("TRACE_FAILED", err.Error())
	}
	return &DiagReply{Output: string(out)}, nil
}
