package invites

import (
	"context"
	"math/rand"
	"strconv"

	"connectrpc.com/connect"

	invitesv1 "example.com/team/gen/invites/v1"
)

const codeAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"

type Server struct {
	store Store
}

type Store interface {
	SaveInvite(ctx context.Context, team, code, secret string) error
}

func newInviteCode(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = codeAlphabet[rand.Intn(len(codeAlphabet))] // expect: insecure-random
	}
	return string(b)
}

// CreateInvite is the Connect RPC behind "Invite a teammate".
func (s *Server) CreateInvite(ctx context.Context, req *connect.Request[invitesv1.CreateInviteRequest]) (*connect.Response[invitesv1.CreateInviteResponse], error) {
	code := newInviteCode(10)
	secret := strconv.FormatInt(rand.Int63(), 36) // expect: insecure-random
	if err := s.store.SaveInvite(ctx, req.Msg.TeamId, code, secret); err != nil {
		return nil, connect.NewError(connect.CodeInternal, err)
	}
	return connect.NewResponse(&invitesv1.CreateInviteResponse{Code: code, Secret: secret}), nil
}
