package session

import (
	"crypto/rand"
	"encoding/hex"
	"time"

	"github.com/valyala/fasthttp"
)

type Store interface {
	Save(id string, user string, ttl time.Duration) error
}

type Handler struct {
	store Store
}

func randomHex(n int) (string, error) {
	buf := make([]byte, n)
	if _, err := rand.Read(buf); err != nil {
		return "", err
	}
	return hex.EncodeToString(buf), nil
}

func (h *Handler) Login(ctx *fasthttp.RequestCtx) {
	user := string(ctx.PostArgs().Peek("user"))
	if user == "" {
		ctx.Error("missing user", fasthttp.StatusBadRequest)
		return
	}
	id, err := randomHex(32)
	if err != nil {
		ctx.Error("entropy unavailable", fasthttp.StatusServiceUnavailable)
		return
	}
	if err := h.store.Save(id, user, 12*time.Hour); err != nil {
		ctx.Error("session store unavailable", fasthttp.StatusServiceUnavailable)
		return
	}
	var c fasthttp.Cookie
	c.SetKey("sid")
	c.SetValue(id)
	c.SetHTTPOnly(true)
	c.SetSecure(true)
	ctx.Response.Header.SetCookie(&c)
	csrf, err := randomHex(16)
	if err != nil {
		ctx.Error("entropy unavailable", fasthttp.StatusServiceUnavailable)
		return
	}
	ctx.Response.Header.Set("X-CSRF-Token", csrf)
	ctx.SetStatusCode(fasthttp.StatusNoContent)
}
