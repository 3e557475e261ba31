package logic

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"math/big"
	"strconv"
	"time"

	"github.com/zeromicro/go-zero/core/logx"
	"github.com/zeromicro/go-zero/core/stores/redis"

	"team/internal/svc"
	"team/internal/types"
)

const inviteAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"

func inviteCode(n int) (string, error) {
	b := make([]byte, n)
	max := big.NewInt(int64(len(inviteAlphabet)))
	for i := range b {
		k, err := rand.Int(rand.Reader, max)
		if err != nil {
			return "", err
		}
		b[i] = inviteAlphabet[k.Int64()]
	}
	return string(b), nil
}

type CreateInviteLogic struct {
	logx.Logger
	ctx    context.Context
	svcCtx *svc.ServiceContext
}

func (l *CreateInviteLogic) CreateInvite(req *types.InviteReq) (*types.InviteResp, error) {
	code, err := inviteCode(10)
	if err != nil {
		return nil, err
	}
	var store *redis.Redis = l.svcCtx.Redis
	if err := store.SetexCtx(l.ctx, "invite:"+code, req.TeamID, int((72 * time.Hour).Seconds())); err != nil {
		return nil, err
	}
	return &types.InviteResp{Code: code}, nil
}

func (l *CreateInviteLogic) RememberMe(userID int64) (string, error) {
	raw := make([]byte, 32)
	if _, err := rand.Read(raw); err != nil {
		return "", err
	}
	token := base64.RawURLEncoding.EncodeToString(raw)
	if err := l.svcCtx.Redis.SetexCtx(l.ctx, "remember:"+token, strconv.FormatInt(userID, 10), 30*24*3600); err != nil {
		return "", err
	}
	return token, nil
}
