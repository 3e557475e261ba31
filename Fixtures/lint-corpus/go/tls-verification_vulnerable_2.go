package fetch

import "github.com/imroc/req/v3"

// The client accepts any certificate for any host.
func NewClient() *req.Client {
	return req.C().
		SetTimeout(10e9).
		EnableInsecureSkipVerify() // expect: tls-verification
}
