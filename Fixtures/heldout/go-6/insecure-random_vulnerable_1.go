package session

import (
	"fmt"
	"math/rand"
	"time"

	"github.com/valyala/fasthttp"
)

type Store interface {
	Save(id string, user string, ttl time.Duration) error
}

type Handler struct {
	store Store
}

func newSessionID() string {
	return fmt.Sprintf("%016x%016x", rand.Int63(), rand.Int63()) // expect: insecure-random
}

func (h *Handler) Login(ctx *fasthttp.RequestCtx) {
	user := string(ctx.PostArgs().Peek("user"))
	if user == "" {
		ctx.Error("missing user", fasthttp.StatusBadRequest)
		return
	}
	id := newSessionID()
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
	csrf := rand.Uint32() // expect: insecure-random
	ctx.Response.Header.Set("X-CSRF-Token", fmt.Sprintf("%08x", csrf))
	ctx.SetStatusCode(fasthttp.StatusNoContent)
}
