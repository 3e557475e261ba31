package logic

import (
	"context"
	"math/rand"
	"strconv"
	"time"

	"github.com/zeromicro/go-zero/core/logx"
	"github.com/zeromicro/go-zero/core/stores/redis"

	"team/internal/svc"
	"team/internal/types"
)

const inviteAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"

func inviteCode(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = inviteAlphabet[rand.Intn(len(inviteAlphabet))] // expect: insecure-random
	}
	return string(b)
}

type CreateInviteLogic struct {
	logx.Logger
	ctx    context.Context
	svcCtx *svc.ServiceContext
}

func (l *CreateInviteLogic) CreateInvite(req *types.InviteReq) (*types.InviteResp, error) {
	code := inviteCode(10)
	var store *redis.Redis = l.svcCtx.Redis
	if err := store.SetexCtx(l.ctx, "invite:"+code, req.TeamID, int((72 * time.Hour).Seconds())); err != nil {
		return nil, err
	}
	return &types.InviteResp{Code: code}, nil
}

func (l *CreateInviteLogic) RememberMe(userID int64) (string, error) {
	token := strconv.FormatInt(rand.Int63(), 36) + strconv.FormatInt(userID, 36) // expect: insecure-random
	if err := l.svcCtx.Redis.SetexCtx(l.ctx, "remember:"+token, strconv.FormatInt(userID, 10), 30*24*3600); err != nil {
		return "", err
	}
	return token, nil
}
