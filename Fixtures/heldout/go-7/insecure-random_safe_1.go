package invites

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"math/big"

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

func newInviteCode(n int) (string, error) {
	b := make([]byte, n)
	max := big.NewInt(int64(len(codeAlphabet)))
	for i := range b {
		k, err := rand.Int(rand.Reader, max)
		if err != nil {
			return "", err
		}
		b[i] = codeAlphabet[k.Int64()]
	}
	return string(b), nil
}

// CreateInvite is the Connect RPC behind "Invite a teammate".
func (s *Server) CreateInvite(ctx context.Context, req *connect.Request[invitesv1.CreateInviteRequest]) (*connect.Response[invitesv1.CreateInviteResponse], error) {
	code, err := newInviteCode(10)
	if err != nil {
		return nil, connect.NewError(connect.CodeInternal, err)
	}
	raw := make([]byte, 24)
	if _, err := rand.Read(raw); err != nil {
		return nil, connect.NewError(connect.CodeInternal, err)
	}
	secret := base64.RawURLEncoding.EncodeToString(raw)
	if err := s.store.SaveInvite(ctx, req.Msg.TeamId, code, secret); err != nil {
		return nil, connect.NewError(connect.CodeInternal, err)
	}
	return connect.NewResponse(&invitesv1.CreateInviteResponse{Code: code, Secret: secret}), nil
}
