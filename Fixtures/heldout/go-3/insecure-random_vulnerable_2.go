package keys

import (
	"fmt"
	mrand "math/rand"
	"math/rand/v2"
	"time"
)

type Issuer struct {
	rng *mrand.Rand
}

func NewIssuer() *Issuer {
	return &Issuer{rng: mrand.New(mrand.NewSource(time.Now().UnixNano()))}
}

// APIKey is shown once to the developer and stored hashed.
func (i *Issuer) APIKey(project string) string {
	return fmt.Sprintf("%s_%016x%016x", project, i.rng.Int63(), i.rng.Int63()) // expect: insecure-random
}

// CSRFToken is embedded in every form of the dashboard.
func CSRFToken() string {
	return fmt.Sprintf("%016x", rand.Uint64()) // expect: insecure-random
}
