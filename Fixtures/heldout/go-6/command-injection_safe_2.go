package service

import (
	"context"
	"net"
	"os/exec"
	"strconv"

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

var allowedIfaces = map[string]bool{"eth0": true, "eth1": true, "wg0": true}

func NewDiagService(logger log.Logger) *DiagService {
	return &DiagService{log: log.NewHelper(logger)}
}

func (s *DiagService) Ping(ctx context.Context, req *DiagRequest) (*DiagReply, error) {
	ip := net.ParseIP(req.Host)
	if ip == nil || !allowedIfaces[req.Iface] || req.Count < 1 || req.Count > 10 {
		return nil, errors.BadRequest("BAD_INPUT", "host must be an IP address")
	}
	count := strconv.Itoa(int(req.Count))
	out, err := exec.CommandContext(ctx, "ping", "-c", count, "-I", req.Iface, ip.String()).Output()
	if err != nil {
		return nil, errors.InternalServer("PING_FAILED", err.Error())
	}
	return &DiagReply{Output: string(out)}, nil
}

func (s *DiagService) Trace(ctx context.Context, req *DiagRequest) (*DiagReply, error) {
	ip := net.ParseIP(req.Host)
	if ip == nil {
		return nil, errors.BadRequest("BAD_INPUT", "host must be an IP address")
	}
	s.log.WithContext(ctx).Infof("trace requested for %s", ip)
	out, err := exec.CommandContext(ctx, "/bin/sh", "-c", "traceroute -m 20 \"$1\"", "trace", ip.String()).Output()
	if err != nil {
		return nil, errors.InternalServer("TRACE_FAILED", err.Error())
	}
	return &DiagReply{Output: string(out)}, nil
}
